import { useAccountI18n, type AccountI18n } from './use-account-i18n.ts';
import { vacancyManageMessages, type VacancyManageMessages } from './vacancy-manage-messages.ts';

export interface VacancyManageI18n extends AccountI18n {
  /** The texts of vacancy management and the employer profile. */
  v: VacancyManageMessages;
}

/** `useAccountI18n` plus the texts of the vacancy and profile pages under /beheer. */
export function useVacancyManageI18n(): VacancyManageI18n {
  const i18n = useAccountI18n();
  return { ...i18n, v: vacancyManageMessages[i18n.lang] };
}
