/** The UI languages. Dutch is the default; English pages live under `/en/`. */
export type Lang = 'nl' | 'en';

export const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The language follows the address: an `/en` prefix means English. */
export function langFromPathname(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'nl';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'nl' ? 'en' : 'nl';
}
