import { useLocation } from 'react-router';
import { formatters, type Formatters } from './format.ts';
import { langFromPathname, type Lang } from './lang.ts';
import { messagesFor, type Messages } from './messages.ts';

export interface I18n {
  lang: Lang;
  t: Messages;
  format: Formatters;
}

/** The current language (from the address), its texts and its formatters. */
export function useI18n(): I18n {
  const { pathname } = useLocation();
  const lang = langFromPathname(pathname);
  return { lang, t: messagesFor(lang), format: formatters(lang) };
}
