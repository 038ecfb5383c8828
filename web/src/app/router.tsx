/**
 * The route table: Dutch addresses at the root, the same pages in English under /en/
 * (API.md, "Public pages"). Every page route has its own error boundary, so a failure
 * stays inside <main> and the header, navigation and footer keep working.
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouteError, RootError } from '../components/route-error.tsx';
import { InitialLoading } from '../components/loading.tsx';
import { NotFoundPage } from '../components/not-found.tsx';
import { JoinPage } from '../features/join/join-page.tsx';
import { membersLoader } from '../features/organisations/members-loader.ts';
import { MembersPage } from '../features/organisations/members-page.tsx';
import { organisationLoader } from '../features/organisations/organisation-loader.ts';
import { OrganisationPage } from '../features/organisations/organisation-page.tsx';
import { searchLoader } from '../features/search/search-loader.ts';
import { SearchPage } from '../features/search/search-page.tsx';
import { vacancyLoader } from '../features/vacancy/vacancy-loader.ts';
import { VacancyPage } from '../features/vacancy/vacancy-page.tsx';
import type { Lang } from '../i18n/lang.ts';
import { segments } from '../i18n/paths.ts';
import { Layout } from './layout.tsx';
import { ROOT_ROUTE_ID, rootLoader, rootShouldRevalidate } from './root-loader.ts';

/** The pages of one language, relative to its prefix ('' or 'en'). */
function pages(lang: Lang): RouteObject[] {
  return [
    { index: true, loader: searchLoader, Component: SearchPage, errorElement: <RouteError /> },
    {
      path: `${segments.vacancy[lang]}/:idSlug`,
      loader: vacancyLoader,
      Component: VacancyPage,
      errorElement: <RouteError notFound="vacancy" />,
    },
    {
      path: `${segments.organisation[lang]}/:slug`,
      loader: organisationLoader,
      Component: OrganisationPage,
      errorElement: <RouteError notFound="organisation" />,
    },
    { path: segments.members[lang], loader: membersLoader, Component: MembersPage, errorElement: <RouteError /> },
    { path: segments.join[lang], Component: JoinPage, errorElement: <RouteError /> },
  ];
}

export const routes: RouteObject[] = [
  {
    id: ROOT_ROUTE_ID,
    path: '/',
    loader: rootLoader,
    shouldRevalidate: rootShouldRevalidate,
    Component: Layout,
    HydrateFallback: InitialLoading,
    errorElement: <RootError />,
    children: [...pages('nl'), { path: 'en', children: pages('en') }, { path: '*', Component: NotFoundPage }],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
