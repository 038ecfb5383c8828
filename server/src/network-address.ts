import { isIP } from 'node:net';

/**
 * The network a per-address limit counts a request by. An IPv4 address as it is; an IPv6
 * address by its /64: one household, office or phone holds a whole /64 and can pick any
 * address in it, so counting each address alone counted nothing. An IPv4 address written as
 * IPv6 (`::ffff:192.0.2.1`) is the IPv4 address.
 */
export function limitedNetwork(ip: string): string {
  const address = (ip ?? '').split('%')[0]!;
  // Only what is an address is read (with TRUST_PROXY, whatever a client sends can get here).
  if (isIP(address) === 0) return ip ?? '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const network = groups.slice(0, 4).map((group) => parseInt(group || '0', 16).toString(16));
  return `${network.join(':')}::/64`;
}
