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

/** Fewer different characters that show than this, and a password is a pattern, not a secret. */
const MIN_DIFFERENT_CHARACTERS = 4;

/** Returns why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email?: string): MessageKey | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return 'password.too_short';
  const lower = password.toLowerCase();
  if (common.has(lower) || common.has(lower.replace(/[\d!?.]+$/, ''))) return 'password.too_common';
  // Ten spaces, ten invisible characters or "aaaaaaaaaa" were taken (an attacker’s
  // review): long enough, and guessed at once.
  const shown = new Set(lower.replace(/[\p{Z}\p{C}\s]/gu, ''));
  if (shown.size < MIN_DIFFERENT_CHARACTERS) return 'password.too_common';
  const address = email?.trim().toLowerCase() ?? '';
  const local = address.split('@')[0] ?? '';
  // The address itself, however long, is the first thing tried (it was taken past 16 characters).
  if (address.length > 0 && lower.includes(address)) return 'password.too_common';
  if (local.length >= 4 && lower.includes(local) && lower.length < 16) return 'password.too_common';
  return undefined;
}
