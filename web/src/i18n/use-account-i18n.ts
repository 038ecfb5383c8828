import { accountMessages, type AccountMessages } from './account-messages.ts';
import { useI18n, type I18n } from './use-i18n.ts';

export interface AccountI18n extends I18n {
  /** The texts of the signed-in pages. */
  a: AccountMessages;
}

/** `useI18n` plus the texts of the account, sign-in and staff pages. */
export function useAccountI18n(): AccountI18n {
  const i18n = useI18n();
  return { ...i18n, a: accountMessages[i18n.lang] };
}
