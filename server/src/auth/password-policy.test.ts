import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('passwordProblem', () => {
  it('takes a passphrase, and a long one with the name in it', () => {
    expect(passwordProblem('fietsen langs de dommel')).toBeUndefined();
    expect(passwordProblem('jan fietst graag langs de dommel', 'jan.jansen@example.nl')).toBeUndefined();
  });

  it('refuses what is short or common', () => {
    expect(passwordProblem('kort')).toBe('password.too_short');
    expect(passwordProblem('password123')).toBe('password.too_common');
    expect(passwordProblem('wachtwoord!')).toBe('password.too_common');
  });

  it('refuses what shows fewer than four different characters: blanks, invisible ones, a repeat (an attacker’s review)', () => {
    for (const password of [
      ' '.repeat(10),
      '\u200b'.repeat(10),
      '\u00a0'.repeat(12),
      'aaaaaaaaaa',
      'ababababab',
      'AaAaAaAaAa',
    ]) {
      expect(passwordProblem(password), JSON.stringify(password)).toBe('password.too_common');
    }
    expect(passwordProblem('abcd abcd abcd')).toBeUndefined();
  });

  it('refuses the account’s address, however long, and its name in a short one', () => {
    expect(passwordProblem('pwuser3@example.org', 'pwuser3@example.org')).toBe('password.too_common');
    expect(passwordProblem('Mijn pwuser3@example.org!', ' PWuser3@Example.org')).toBe('password.too_common');
    expect(passwordProblem('jansen2024!', 'jansen@example.nl')).toBe('password.too_common');
  });
});
