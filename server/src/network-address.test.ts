import { describe, expect, it } from 'vitest';
import { limitedNetwork } from './network-address.ts';

describe('limitedNetwork', () => {
  it('counts an IPv4 address as itself, also written as IPv6', () => {
    expect(limitedNetwork('192.0.2.7')).toBe('192.0.2.7');
    expect(limitedNetwork('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('counts IPv6 addresses by their /64, however they are written', () => {
    const network = '2001:db8:85a3:8d3::/64';
    expect(limitedNetwork('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe(network);
    expect(limitedNetwork('2001:0db8:85a3:08d3::1')).toBe(network);
    expect(limitedNetwork('2001:db8:85a3:8d3:ffff::')).toBe(network);
    expect(limitedNetwork('2001:db8:85a3:8d4::1')).not.toBe(network);
    expect(limitedNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitedNetwork('::1')).toBe('0:0:0:0::/64');
    expect(limitedNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('leaves what is no address as it is, never throwing', () => {
    expect(limitedNetwork('1:2:3:4:5:6:7:8::9')).toBe('1:2:3:4:5:6:7:8::9');
    expect(limitedNetwork('not an address')).toBe('not an address');
  });
});
