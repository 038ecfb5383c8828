import { describe, expect, it } from 'vitest';
import { addressOfGuestKey, guestKey } from './guest-link.ts';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

describe('the guest key', () => {
  it('opens the address it was made for, in lower case', () => {
    expect(addressOfGuestKey(SECRET, guestKey(SECRET, ' Sanne@Example.NL '))).toBe('sanne@example.nl');
  });

  it('is refused when forged, altered, signed with another secret or expired', () => {
    const key = guestKey(SECRET, 'sanne@example.nl', new Date('2026-01-01T00:00:00Z'));
    const [payload, signature] = key.split('.') as [string, string];
    const other = Buffer.from(JSON.stringify({ e: 'iemand@example.nl', x: 4_000_000_000 })).toString('base64url');
    expect(addressOfGuestKey(SECRET, `${other}.${signature}`, new Date('2026-01-02T00:00:00Z'))).toBeNull();
    expect(addressOfGuestKey(SECRET, `${payload}.${signature.slice(1)}x`, new Date('2026-01-02T00:00:00Z'))).toBeNull();
    expect(addressOfGuestKey(`${SECRET}-other`, key, new Date('2026-01-02T00:00:00Z'))).toBeNull();
    expect(addressOfGuestKey(SECRET, key, new Date('2027-02-05T00:00:00Z'))).toBeNull();
    expect(addressOfGuestKey(SECRET, key, new Date('2027-02-04T00:00:00Z'))).toBe('sanne@example.nl');
    expect(addressOfGuestKey(SECRET, 'no-key-at-all')).toBeNull();
  });
});
