/**
 * The API requests the opened page will make first, started before the app has loaded (see
 * api/early.ts): the code lists on every page; on the search page its search and the member
 * names; on a vacancy page the vacancy. The addresses are built exactly as the loaders build them.
 */
import { startEarly } from './api/early.ts';
import { searchApiParams } from './features/search/search-params.ts';
import { langFromPathname } from './i18n/lang.ts';

const API = '/api/v1';
const VACANCY_PAGE = /^\/(?:vacatures|vacancies)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

export function startEarlyRequests({ pathname, search }: Pick<Location, 'pathname' | 'search'>): void {
  const lang = langFromPathname(pathname);
  const page = lang === 'en' ? pathname.slice(3) || '/' : pathname;
  startEarly(lang, `${API}/taxonomies`);
  if (page === '/') {
    startEarly(lang, `${API}/organisations`);
    startEarly(lang, `${API}/vacancies?${searchApiParams(new URLSearchParams(search))}`);
  }
  const vacancyId = VACANCY_PAGE.exec(page)?.[1];
  if (vacancyId) startEarly(lang, `${API}/vacancies/${vacancyId.toLowerCase()}`);
}
