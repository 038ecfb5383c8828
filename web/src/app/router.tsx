/**
 * The route table: Dutch addresses at the root, the same pages in English under /en/
 * (API.md, "Public pages"). Every page route has its own error boundary, so a failure
 * stays inside <main> and the header, navigation and footer keep working.
 *
 * The search is in the first bundle; every other page (vacancy, organisation, members,
 * accounts, staff) is loaded when first visited (`lazy`), loader and page separately and in
 * parallel, so the search page stays within its JavaScript budget.
 */
import { createBrowserRouter, data, redirect, type RouteObject } from 'react-router';
import { RouteError, RootError } from '../components/route-error.tsx';
import { InitialLoading } from '../components/loading.tsx';
import { NotFoundPage } from '../components/not-found.tsx';
import { searchLoader } from '../features/search/search-loader.ts';
import { SearchPage } from '../features/search/search-page.tsx';
import type { Lang } from '../i18n/lang.ts';
import { loadMessages } from '../i18n/messages.ts';
import {
  alertSegments,
  coordinationSegments,
  manageSegments,
  paths,
  segments,
  vacancySegments,
} from '../i18n/paths.ts';
import { Layout } from './layout.tsx';
import { ROOT_ROUTE_ID, rootLoader, rootShouldRevalidate } from './root-loader.ts';
import { keepFormWhenRefused, keepFormWhenSessionEnded } from '../lib/keep-form.ts';

/**
 * The mark of a page the server renders (web/src/entry-server.tsx): the public pages anyone
 * may see, complete without scripts. The others need the browser: a signed-in user's pages,
 * and those that read a key from the address's fragment.
 */
const SERVER_RENDERED = { serverRendered: true } as const;

export function isServerRendered(route: RouteObject): boolean {
  return (route.handle as typeof SERVER_RENDERED | undefined)?.serverRendered === true;
}

/** The pages of one language, relative to its prefix ('' or 'en'). */
function pages(lang: Lang): RouteObject[] {
  return [
    {
      index: true,
      loader: searchLoader,
      Component: SearchPage,
      errorElement: <RouteError />,
      handle: SERVER_RENDERED,
    },
    {
      path: `${segments.vacancy[lang]}/:idSlug`,
      handle: SERVER_RENDERED,
      shouldRevalidate: keepFormWhenRefused,
      lazy: {
        loader: async () => (await import('../features/vacancy/vacancy-loader.ts')).vacancyLoader,
        action: async () => (await import('../features/vacancy/apply-route.ts')).applyAction,
        Component: async () => (await import('../features/vacancy/vacancy-page.tsx')).VacancyPage,
      },
      errorElement: <RouteError notFound="vacancy" />,
    },
    // The addresses above a vacancy or an organisation, as someone cuts a link back or guesses
    // one: the list they belong to (the search, the members), not "page not found".
    {
      path: segments.vacancy[lang],
      handle: SERVER_RENDERED,
      loader: ({ request }) => redirect(`${paths.home(lang)}${new URL(request.url).search}`, 301),
    },
    {
      path: segments.organisation[lang],
      handle: SERVER_RENDERED,
      loader: () => redirect(paths.members(lang), 301),
    },
    {
      path: `${segments.organisation[lang]}/:slug`,
      handle: SERVER_RENDERED,
      lazy: {
        loader: async () => (await import('../features/organisations/organisation-loader.ts')).organisationLoader,
        Component: async () => (await import('../features/organisations/organisation-page.tsx')).OrganisationPage,
      },
      errorElement: <RouteError notFound="organisation" />,
    },
    {
      path: segments.members[lang],
      handle: SERVER_RENDERED,
      lazy: {
        loader: async () => (await import('../features/organisations/members-loader.ts')).membersLoader,
        Component: async () => (await import('../features/organisations/members-page.tsx')).MembersPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.join[lang],
      handle: SERVER_RENDERED,
      lazy: {
        action: async () => (await import('../features/join/join-route.ts')).joinAction,
        Component: async () => (await import('../features/join/join-page.tsx')).JoinPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.privacy[lang],
      handle: SERVER_RENDERED,
      lazy: {
        Component: async () => (await import('../features/privacy/privacy-page.tsx')).PrivacyPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.accessibility[lang],
      handle: SERVER_RENDERED,
      lazy: {
        loader: async () => (await import('../features/about/about-loaders.ts')).contactLoader,
        Component: async () => (await import('../features/about/accessibility-page.tsx')).AccessibilityPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.contact[lang],
      handle: SERVER_RENDERED,
      lazy: {
        loader: async () => (await import('../features/about/about-loaders.ts')).contactLoader,
        Component: async () => (await import('../features/about/contact-page.tsx')).ContactPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.about[lang],
      handle: SERVER_RENDERED,
      lazy: {
        loader: async () => (await import('../features/about/about-loaders.ts')).aboutLoader,
        Component: async () => (await import('../features/about/about-page.tsx')).AboutPage,
      },
      errorElement: <RouteError />,
    },
    {
      // A guest applicant's own page; the key is in the fragment, read by the loader.
      path: segments.myData[lang],
      lazy: {
        loader: async () => (await import('../features/my-data/my-data-route.ts')).myDataLoader,
        action: async () => (await import('../features/my-data/my-data-route.ts')).myDataAction,
        Component: async () => (await import('../features/my-data/my-data-page.tsx')).MyDataPage,
      },
      errorElement: <RouteError />,
    },
    ...alertPages(lang),
    ...accountPages(lang),
  ];
}

/** E-mail alerts: making one from a search, and the pages its mails link to (no sign-in). */
function alertPages(lang: Lang): RouteObject[] {
  const alert = (page: keyof typeof alertSegments) => `${segments.alert[lang]}/${alertSegments[page][lang]}`;
  return [
    {
      path: alert('new'),
      handle: SERVER_RENDERED,
      lazy: {
        loader: async () => (await import('../features/search/new-alert-route.ts')).newAlertLoader,
        action: async () => (await import('../features/search/new-alert-route.ts')).newAlertAction,
        Component: async () => (await import('../features/search/new-alert-page.tsx')).NewAlertPage,
      },
      errorElement: <RouteError />,
    },
    {
      // The token is in the fragment, read by the loader.
      path: alert('confirm'),
      lazy: {
        loader: async () => (await import('../features/alerts/confirm-alert-route.ts')).confirmAlertLoader,
        action: async () => (await import('../features/alerts/confirm-alert-route.ts')).confirmAlertAction,
        Component: async () => (await import('../features/alerts/confirm-alert-page.tsx')).ConfirmAlertPage,
      },
      errorElement: <RouteError />,
    },
    {
      // The token is in the fragment, read by the loader.
      path: alert('keep'),
      lazy: {
        loader: async () => (await import('../features/alerts/confirm-alert-route.ts')).keepAlertLoader,
        Component: async () => (await import('../features/alerts/confirm-alert-page.tsx')).ConfirmAlertPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: alert('unsubscribe'),
      lazy: {
        action: async () => (await import('../features/alerts/unsubscribe-route.ts')).unsubscribeAction,
        Component: async () => (await import('../features/alerts/unsubscribe-page.tsx')).UnsubscribePage,
      },
      errorElement: <RouteError />,
    },
    {
      // An address's alerts; the key is in the fragment, read by the loader.
      path: segments.myAlerts[lang],
      lazy: {
        loader: async () => (await import('../features/alerts/my-alerts-route.ts')).myAlertsLoader,
        action: async () => (await import('../features/alerts/my-alerts-route.ts')).myAlertsAction,
        Component: async () => (await import('../features/alerts/my-alerts-page.tsx')).MyAlertsPage,
      },
      errorElement: <RouteError />,
    },
  ];
}

const auth = {
  signIn: () => import('../features/auth/sign-in-route.ts'),
  register: () => import('../features/auth/register-route.ts'),
  confirmRegistration: () => import('../features/auth/confirm-registration-route.ts'),
  forgotPassword: () => import('../features/auth/forgot-password-route.ts'),
  token: () => import('../features/auth/token-route.ts'),
  resetPassword: () => import('../features/auth/reset-password-route.ts'),
  invitation: () => import('../features/auth/invitation-route.ts'),
  signOut: () => import('../features/auth/sign-out-route.ts'),
};
const account = () => import('../features/account/account-route.ts');
const manage = {
  loaders: () => import('../features/manage/manage-route.ts'),
  actions: () => import('../features/manage/manage-actions.ts'),
};
const membership = () => import('../features/manage/membership-route.ts');
const vacancyManage = {
  route: () => import('../features/vacancy-manage/vacancy-manage-route.ts'),
  profile: () => import('../features/vacancy-manage/profile-route.ts'),
  upload: () => import('../features/vacancy-manage/upload-route.ts'),
};
const applications = () => import('../features/applications/applications-route.ts');
const coordination = {
  applications: () => import('../features/coordination/coordination-route.ts'),
  members: () => import('../features/coordination/members-route.ts'),
  auditLog: () => import('../features/coordination/audit-log-route.ts'),
  figures: () => import('../features/coordination/figures-route.ts'),
  cockpit: () => import('../features/coordination/cockpit-route.ts'),
  search: () => import('../features/coordination/search-admin-route.ts'),
};

/** Vacancy management, the applications inbox and the employer profile under /beheer: loaded on first visit. */
function vacancyManagePages(lang: Lang): RouteObject[] {
  return [
    {
      path: manageSegments.vacancies[lang],
      children: [
        {
          index: true,
          lazy: {
            loader: async () => (await vacancyManage.route()).vacanciesLoader,
            Component: async () => (await import('../features/vacancy-manage/vacancies-page.tsx')).VacanciesPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: vacancySegments.new[lang],
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await vacancyManage.route()).newVacancyLoader,
            action: async () => (await vacancyManage.route()).newVacancyAction,
            Component: async () => (await import('../features/vacancy-manage/new-vacancy-page.tsx')).NewVacancyPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: vacancySegments.upload[lang],
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await vacancyManage.upload()).uploadLoader,
            action: async () => (await vacancyManage.upload()).uploadAction,
            Component: async () => (await import('../features/vacancy-manage/upload-page.tsx')).UploadPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: ':id',
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await vacancyManage.route()).vacancyLoader,
            action: async () => (await vacancyManage.route()).vacancyAction,
            Component: async () => (await import('../features/vacancy-manage/vacancy-edit-page.tsx')).VacancyEditPage,
          },
          errorElement: <RouteError notFound="managedVacancy" />,
        },
        {
          path: `:id/${vacancySegments.applications[lang]}`,
          lazy: {
            loader: async () => (await applications()).vacancyInboxLoader,
            Component: async () => (await import('../features/applications/inbox-page.tsx')).InboxPage,
          },
          errorElement: <RouteError notFound="managedVacancy" />,
        },
        {
          path: `:id/${vacancySegments.preview[lang]}`,
          lazy: {
            loader: async () => (await vacancyManage.route()).vacancyPreviewLoader,
            Component: async () =>
              (await import('../features/vacancy-manage/vacancy-preview-page.tsx')).VacancyPreviewPage,
          },
          errorElement: <RouteError notFound="managedVacancy" />,
        },
      ],
    },
    {
      path: manageSegments.applications[lang],
      children: [
        {
          index: true,
          lazy: {
            loader: async () => (await applications()).inboxLoader,
            Component: async () => (await import('../features/applications/inbox-page.tsx')).InboxPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: ':id',
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await applications()).applicationLoader,
            action: async () => (await applications()).applicationAction,
            Component: async () => (await import('../features/applications/application-page.tsx')).ApplicationPage,
          },
          errorElement: <RouteError notFound="application" />,
        },
      ],
    },
    {
      path: manageSegments.talentPool[lang],
      lazy: {
        loader: async () => (await import('../features/talent-pool/talent-pool-route.ts')).talentPoolLoader,
        Component: async () => (await import('../features/talent-pool/talent-pool-page.tsx')).TalentPoolPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: manageSegments.profile[lang],
      shouldRevalidate: keepFormWhenSessionEnded,
      lazy: {
        loader: async () => (await vacancyManage.profile()).profileLoader,
        action: async () => (await vacancyManage.profile()).profileAction,
        Component: async () => (await import('../features/vacancy-manage/profile-page.tsx')).ProfilePage,
      },
      errorElement: <RouteError />,
    },
  ];
}

/** Signing in and out, the account, staff management and coordination: loaded on first visit. */
function accountPages(lang: Lang): RouteObject[] {
  return [
    {
      path: segments.signIn[lang],
      lazy: {
        loader: async () => (await auth.signIn()).signInLoader,
        action: async () => (await auth.signIn()).signInAction,
        Component: async () => (await import('../features/auth/sign-in-page.tsx')).SignInPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.register[lang],
      lazy: {
        // Like signing in: someone already signed in goes on to where they were heading.
        loader: async () => (await auth.signIn()).signInLoader,
        action: async () => (await auth.register()).registerAction,
        Component: async () => (await import('../features/auth/register-page.tsx')).RegisterPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.confirmRegistration[lang],
      lazy: {
        loader: async () => (await auth.token()).tokenLoader,
        action: async () => (await auth.confirmRegistration()).confirmRegistrationAction,
        Component: async () => (await import('../features/auth/confirm-registration-page.tsx')).ConfirmRegistrationPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.forgotPassword[lang],
      lazy: {
        action: async () => (await auth.forgotPassword()).forgotPasswordAction,
        Component: async () => (await import('../features/auth/forgot-password-page.tsx')).ForgotPasswordPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.resetPassword[lang],
      lazy: {
        loader: async () => (await auth.resetPassword()).resetPasswordLoader,
        action: async () => (await auth.resetPassword()).resetPasswordAction,
        Component: async () => (await import('../features/auth/reset-password-page.tsx')).ResetPasswordPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.invitation[lang],
      lazy: {
        loader: async () => (await auth.invitation()).invitationLoader,
        action: async () => (await auth.invitation()).invitationAction,
        Component: async () => (await import('../features/auth/invitation-page.tsx')).InvitationPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.signOut[lang],
      lazy: {
        action: async () => (await auth.signOut()).signOutAction,
        Component: async () => (await import('../features/auth/sign-out-page.tsx')).SignOutPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.account[lang],
      shouldRevalidate: keepFormWhenSessionEnded,
      lazy: {
        loader: async () => (await account()).accountLoader,
        action: async () => (await account()).accountAction,
        Component: async () => (await import('../features/account/account-page.tsx')).AccountPage,
      },
      errorElement: <RouteError />,
    },
    {
      path: segments.manage[lang],
      lazy: {
        loader: async () => (await manage.loaders()).manageLoader,
        Component: async () => (await import('../features/manage/manage-layout.tsx')).ManageLayout,
      },
      shouldRevalidate: keepFormWhenSessionEnded,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          lazy: {
            loader: async () => (await manage.loaders()).manageLoader,
            Component: async () => (await import('../features/manage/dashboard-page.tsx')).DashboardPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: manageSegments.staff[lang],
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await manage.loaders()).staffLoader,
            action: async () => (await manage.actions()).staffAction,
            Component: async () => (await import('../features/manage/staff-page.tsx')).StaffPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: manageSegments.apiKeys[lang],
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await manage.loaders()).apiKeysLoader,
            action: async () => (await manage.actions()).apiKeysAction,
            Component: async () => (await import('../features/manage/api-keys-page.tsx')).ApiKeysPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: manageSegments.membership[lang],
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await membership()).membershipLoader,
            action: async () => (await membership()).membershipAction,
            Component: async () => (await import('../features/manage/membership-page.tsx')).MembershipPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: manageSegments.widget[lang],
          lazy: {
            loader: async () => (await import('../features/manage/widget-route.ts')).widgetLoader,
            Component: async () => (await import('../features/manage/widget-page.tsx')).WidgetPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: manageSegments.results[lang],
          lazy: {
            loader: async () => (await import('../features/manage/results-route.ts')).resultsLoader,
            Component: async () => (await import('../features/manage/results-page.tsx')).ResultsPage,
          },
          errorElement: <RouteError />,
        },
        ...vacancyManagePages(lang),
      ],
    },
    {
      path: segments.coordination[lang],
      shouldRevalidate: keepFormWhenSessionEnded,
      lazy: {
        loader: async () => (await coordination.applications()).coordinationLoader,
        Component: async () => (await import('../features/coordination/coordination-layout.tsx')).CoordinationLayout,
      },
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await coordination.applications()).applicationsLoader,
            action: async () => (await coordination.applications()).applicationsAction,
            Component: async () => (await import('../features/coordination/applications-page.tsx')).ApplicationsPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: coordinationSegments.members[lang],
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await coordination.members()).membersLoader,
            action: async () => (await coordination.members()).membersAction,
            Component: async () =>
              (await import('../features/coordination/member-organisations-page.tsx')).MemberOrganisationsPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: coordinationSegments.auditLog[lang],
          lazy: {
            loader: async () => (await coordination.auditLog()).auditLogLoader,
            Component: async () => (await import('../features/coordination/audit-log-page.tsx')).AuditLogPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: coordinationSegments.figures[lang],
          lazy: {
            loader: async () => (await coordination.figures()).figuresLoader,
            Component: async () => (await import('../features/coordination/figures-page.tsx')).FiguresPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: coordinationSegments.overview[lang],
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await coordination.cockpit()).cockpitLoader,
            action: async () => (await coordination.cockpit()).cockpitAction,
            Component: async () => (await import('../features/coordination/cockpit-page.tsx')).CockpitPage,
          },
          errorElement: <RouteError />,
        },
        {
          path: coordinationSegments.search[lang],
          shouldRevalidate: keepFormWhenSessionEnded,
          lazy: {
            loader: async () => (await coordination.search()).searchAdminLoader,
            action: async () => (await coordination.search()).searchAdminAction,
            Component: async () => (await import('../features/coordination/search-admin-page.tsx')).SearchAdminPage,
          },
          errorElement: <RouteError />,
        },
      ],
    },
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
    children: [
      ...pages('nl'),
      {
        path: 'en',
        // The English texts arrive before any English page shows; fetched once.
        loader: async () => {
          // Should they fail to load (an old tab after a new release), the pages show in Dutch.
          await loadMessages('en').catch(() => undefined);
          return null;
        },
        shouldRevalidate: () => false,
        children: pages('en'),
      },
      {
        // An address no page answers to: the friendly page, with an honest 404 for crawlers.
        path: '*',
        loader: () => data(null, { status: 404 }),
        // A form posted there finds no page either: the same 404, not the 405 of a page without a form.
        action: () => data(null, { status: 404 }),
        Component: NotFoundPage,
        handle: SERVER_RENDERED,
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
