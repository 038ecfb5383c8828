/**
 * What a new password must be: long enough and not one of the commonest passwords
 * (the 49k-entry list of @zxcvbn-ts/language-common, plus Dutch favourites).
 */
import { dictionary } from '@zxcvbn-ts/language-common';
import type { MessageKey } from '../i18n.ts';

export const MIN_PASSWORD_LENGTH = 10;

const common = new Set([
  ...dictionary['passwords-common'].map((p) => p.toLowerCase()),
  'wachtwoord',
  'wachtwoord1',
  'wachtwoord123',
  'welkom123',
  'welkom01',
  'samenwerven',
  'gemeente123',
]);

/** Returns why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email?: string): MessageKey | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return 'password.too_short';
  const lower = password.toLowerCase();
  if (common.has(lower) || common.has(lower.replace(/[\d!?.]+$/, ''))) return 'password.too_common';
  const local = email?.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lower.includes(local) && lower.length < 16) return 'password.too_common';
  return undefined;
}
