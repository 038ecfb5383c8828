/**
 * The entry's first import: starts the API requests the opened page will make first, before
 * React and the app spend their time starting up (see api/early.ts). Modules run in import
 * order, so this runs as soon as the code is parsed. The code lists on every page; on the
 * search page its search (which names the members it counts); on a vacancy page the vacancy. Paths and
 * parameters are built exactly as the loaders build them.
 */
import { startEarly } from './api/early.ts';
import { ROUTER_DATA_ID } from './app/router-data.ts';
import { searchApiParams } from './features/search/search-params.ts';
import { langFromPathname } from './i18n/lang.ts';
import { segments } from './i18n/paths.ts';
import { vacancyIdFrom } from './lib/vacancy-id.ts';

function startEarlyRequests({ pathname, search }: Pick<Location, 'pathname' | 'search'>): void {
  const lang = langFromPathname(pathname);
  const [section, idSlug] = (lang === 'en' ? pathname.slice(3) : pathname).split('/').filter(Boolean);
  startEarly(lang, '/taxonomies');
  if (section === undefined) startEarly(lang, '/vacancies', searchApiParams(new URLSearchParams(search)));
  const vacancyId = section === segments.vacancy[lang] ? vacancyIdFrom(idSlug) : null;
  if (vacancyId) startEarly(lang, `/vacancies/${vacancyId}`);
}

// A page the server rendered came with its data (app/boot.tsx): nothing to ask early.
if (!document.getElementById(ROUTER_DATA_ID)) startEarlyRequests(window.location);
