import { applicationMessages, type ApplicationMessages } from './application-messages.ts';
import { useAccountI18n, type AccountI18n } from './use-account-i18n.ts';

export interface ApplicationI18n extends AccountI18n {
  /** The texts of applying, "my applications" and the HR inbox. */
  ap: ApplicationMessages;
}

/** `useAccountI18n` plus the texts of the application pages. */
export function useApplicationI18n(): ApplicationI18n {
  const i18n = useAccountI18n();
  return { ...i18n, ap: applicationMessages[i18n.lang] };
}
