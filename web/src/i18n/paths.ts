/**
 * The page addresses (API.md, "Public pages"), Dutch first with English mirrors under /en/.
 * Routes and links are both built from this table so they cannot drift apart.
 */
import type { Role } from '../api/types.ts';
import { safeNextPath } from '../lib/safe-url.ts';
import { vacancyAddressPart } from '@samenwerven/slug';
import type { Lang } from './lang.ts';

export const segments = {
  vacancy: { nl: 'vacatures', en: 'vacancies' },
  organisation: { nl: 'organisaties', en: 'organisations' },
  members: { nl: 'deelnemers', en: 'members' },
  join: { nl: 'aanmelden', en: 'join' },
  privacy: { nl: 'privacy', en: 'privacy' },
  accessibility: { nl: 'toegankelijkheid', en: 'accessibility' },
  contact: { nl: 'contact', en: 'contact' },
  about: { nl: 'over', en: 'about' },
  myData: { nl: 'mijn-gegevens', en: 'my-data' },
  alert: { nl: 'alert', en: 'alert' },
  myAlerts: { nl: 'mijn-alerts', en: 'my-alerts' },
  signIn: { nl: 'inloggen', en: 'sign-in' },
  signOut: { nl: 'uitloggen', en: 'sign-out' },
  register: { nl: 'registreren', en: 'register' },
  confirmRegistration: { nl: 'registratie-bevestigen', en: 'confirm-registration' },
  invitation: { nl: 'uitnodiging', en: 'invitation' },
  forgotPassword: { nl: 'wachtwoord-vergeten', en: 'forgot-password' },
  resetPassword: { nl: 'wachtwoord-herstellen', en: 'reset-password' },
  account: { nl: 'account', en: 'account' },
  manage: { nl: 'beheer', en: 'manage' },
  coordination: { nl: 'coordinatie', en: 'coordination' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The sections under /beheer (/en/manage). */
export const manageSegments = {
  staff: { nl: 'medewerkers', en: 'staff' },
  apiKeys: { nl: 'api-sleutels', en: 'api-keys' },
  membership: { nl: 'lidmaatschap', en: 'membership' },
  vacancies: { nl: 'vacatures', en: 'vacancies' },
  profile: { nl: 'profiel', en: 'profile' },
  applications: { nl: 'sollicitaties', en: 'applications' },
  talentPool: { nl: 'talentpool', en: 'talent-pool' },
  results: { nl: 'resultaten', en: 'results' },
  widget: { nl: 'widget', en: 'widget' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The pages under /beheer/vacatures besides a vacancy's own (its id): a new one, an upload, a preview. */
export const vacancySegments = {
  new: { nl: 'nieuw', en: 'new' },
  upload: { nl: 'uploaden', en: 'upload' },
  preview: { nl: 'voorbeeld', en: 'preview' },
  applications: { nl: 'sollicitaties', en: 'applications' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The pages under /alert: a new one (its search in the query string), confirming, keeping, unsubscribing. */
export const alertSegments = {
  new: { nl: 'nieuw', en: 'new' },
  confirm: { nl: 'bevestigen', en: 'confirm' },
  keep: { nl: 'houden', en: 'keep' },
  unsubscribe: { nl: 'afmelden', en: 'unsubscribe' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The sections under /coordinatie (/en/coordination); the applications are its start page. */
export const coordinationSegments = {
  members: { nl: 'leden', en: 'members' },
  auditLog: { nl: 'auditlog', en: 'audit-log' },
  figures: { nl: 'cijfers', en: 'figures' },
  overview: { nl: 'overzicht', en: 'overview' },
  search: { nl: 'zoeken', en: 'search' },
} as const satisfies Record<string, Record<Lang, string>>;

type Section = keyof typeof segments;

/** Pages whose query string is part of the page (a token, a page to return to, filters). */
const KEEPS_QUERY: readonly Section[] = [
  'signIn',
  'register',
  'confirmRegistration',
  'invitation',
  'resetPassword',
  'coordination',
  'manage',
  'alert',
];

const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '');
const page = (section: Section) => (lang: Lang) => `${prefix(lang)}/${segments[section][lang]}`;

/** `?next=…` for the sign-in and register pages, when there is somewhere to return to. */
const withNext = (path: string, next?: string | null) => {
  const safe = safeNextPath(next);
  return safe ? `${path}?${new URLSearchParams({ next: safe }).toString()}` : path;
};

export const paths = {
  home: (lang: Lang) => `${prefix(lang)}/`,
  /** `/vacatures/{id}-{slug}`: the slug only makes the address readable. */
  vacancy: (lang: Lang, id: string, title?: string) =>
    `${prefix(lang)}/${segments.vacancy[lang]}/${vacancyAddressPart({ id, title: title ?? '' })}`,
  organisation: (lang: Lang, slug: string) =>
    `${prefix(lang)}/${segments.organisation[lang]}/${encodeURIComponent(slug)}`,
  members: page('members'),
  join: page('join'),
  privacy: page('privacy'),
  /** The accessibility statement (toegankelijkheidsverklaring). */
  accessibility: page('accessibility'),
  /** The alliance office's contact details and the colophon. */
  contact: page('contact'),
  /** Who is behind the portal, and which members take part and how. */
  about: page('about'),
  /** A guest applicant's own page; the key arrives in the fragment (`#sleutel=`, `#key=`). */
  myData: page('myData'),
  /** Making an e-mail alert of a search: `query` is the search page's query string. */
  alertNew: (lang: Lang, query = '') =>
    `${page('alert')(lang)}/${alertSegments.new[lang]}${query ? `?${query.replace(/^\?/, '')}` : ''}`,
  /** Where the confirmation mail leads; the token arrives in the fragment (`#token=`). */
  alertConfirm: (lang: Lang) => `${page('alert')(lang)}/${alertSegments.confirm[lang]}`,
  alertUnsubscribe: (lang: Lang, token?: string) =>
    `${page('alert')(lang)}/${alertSegments.unsubscribe[lang]}${token ? `?${new URLSearchParams({ token }).toString()}` : ''}`,
  /** An address's alerts; the key arrives in the fragment (`#sleutel=`, `#key=`). */
  myAlerts: page('myAlerts'),
  signIn: (lang: Lang, next?: string | null) => withNext(page('signIn')(lang), next),
  signOut: page('signOut'),
  register: (lang: Lang, next?: string | null) => withNext(page('register')(lang), next),
  confirmRegistration: page('confirmRegistration'),
  invitation: page('invitation'),
  forgotPassword: page('forgotPassword'),
  resetPassword: page('resetPassword'),
  account: page('account'),
  manage: page('manage'),
  manageStaff: (lang: Lang) => `${page('manage')(lang)}/${manageSegments.staff[lang]}`,
  manageApiKeys: (lang: Lang) => `${page('manage')(lang)}/${manageSegments.apiKeys[lang]}`,
  manageMembership: (lang: Lang) => `${page('manage')(lang)}/${manageSegments.membership[lang]}`,
  manageVacancies: (lang: Lang) => `${page('manage')(lang)}/${manageSegments.vacancies[lang]}`,
  manageNewVacancy: (lang: Lang) =>
    `${page('manage')(lang)}/${manageSegments.vacancies[lang]}/${vacancySegments.new[lang]}`,
  /** Many vacancies at once, from a CSV file. */
  manageVacancyUpload: (lang: Lang) =>
    `${page('manage')(lang)}/${manageSegments.vacancies[lang]}/${vacancySegments.upload[lang]}`,
  manageVacancy: (lang: Lang, id: string) =>
    `${page('manage')(lang)}/${manageSegments.vacancies[lang]}/${encodeURIComponent(id)}`,
  manageVacancyPreview: (lang: Lang, id: string) =>
    `${page('manage')(lang)}/${manageSegments.vacancies[lang]}/${encodeURIComponent(id)}/${vacancySegments.preview[lang]}`,
  /** The organisation's applications inbox; `status` filters it. */
  manageApplications: (lang: Lang, status?: string | null) =>
    `${page('manage')(lang)}/${manageSegments.applications[lang]}${status ? `?${new URLSearchParams({ status }).toString()}` : ''}`,
  manageApplication: (lang: Lang, id: string) =>
    `${page('manage')(lang)}/${manageSegments.applications[lang]}/${encodeURIComponent(id)}`,
  manageVacancyApplications: (lang: Lang, id: string, status?: string | null) =>
    `${page('manage')(lang)}/${manageSegments.vacancies[lang]}/${encodeURIComponent(id)}/${vacancySegments.applications[lang]}${status ? `?${new URLSearchParams({ status }).toString()}` : ''}`,
  manageProfile: (lang: Lang) => `${page('manage')(lang)}/${manageSegments.profile[lang]}`,
  /** The alliance's talent pool; its filters are the query string. */
  manageTalentPool: (lang: Lang) => `${page('manage')(lang)}/${manageSegments.talentPool[lang]}`,
  /** What the portal did for the organisation: figures per month, next to the average member. */
  manageResults: (lang: Lang) => `${page('manage')(lang)}/${manageSegments.results[lang]}`,
  /** The code that shows the organisation's open vacancies on its own website (admins). */
  manageWidget: (lang: Lang) => `${page('manage')(lang)}/${manageSegments.widget[lang]}`,
  coordination: page('coordination'),
  coordinationMembers: (lang: Lang) => `${page('coordination')(lang)}/${coordinationSegments.members[lang]}`,
  coordinationAuditLog: (lang: Lang) => `${page('coordination')(lang)}/${coordinationSegments.auditLog[lang]}`,
  coordinationFigures: (lang: Lang) => `${page('coordination')(lang)}/${coordinationSegments.figures[lang]}`,
  coordinationOverview: (lang: Lang) => `${page('coordination')(lang)}/${coordinationSegments.overview[lang]}`,
  coordinationSearch: (lang: Lang) => `${page('coordination')(lang)}/${coordinationSegments.search[lang]}`,
};

/** Where a user starts after signing in: the part of the portal their role is for. */
export function roleHome(role: Role, lang: Lang): string {
  switch (role) {
    case 'hr_officer':
    case 'org_admin':
      return paths.manage(lang);
    case 'coordinator':
      return paths.coordination(lang);
    case 'job_seeker':
      return paths.account(lang);
  }
}

/** The query string of a page in the other language: a `next` page is translated as well. */
function translateQuery(search: string, from: Lang, to: Lang): string {
  const params = new URLSearchParams(search);
  const next = safeNextPath(params.get('next'));
  if (next) {
    const url = new URL(next, 'http://localhost');
    params.set('next', translatePath(url.pathname, url.search, from, to));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The same page in another language: `/vacatures/x` ↔ `/en/vacancies/x`. The search keeps its
 * query string (it holds no language), and so do pages with a token or a page to return to.
 * Unknown addresses map to the other language's home.
 */
export function translatePath(pathname: string, search: string, from: Lang, to: Lang): string {
  const rest = from === 'en' ? pathname.replace(/^\/en(?=\/|$)/, '') : pathname;
  const [first = '', ...tail] = rest.split('/').filter(Boolean);
  if (!first) return `${paths.home(to)}${search}`;
  const section = (Object.keys(segments) as Section[]).find((key) => segments[key][from] === first);
  if (!section) return paths.home(to);
  const subSegments =
    section === 'manage'
      ? manageSegments
      : section === 'coordination'
        ? coordinationSegments
        : section === 'alert'
          ? alertSegments
          : null;
  if (subSegments && tail[0]) {
    const sub = Object.values<Record<Lang, string>>(subSegments).find((segment) => segment[from] === tail[0]);
    if (sub) tail[0] = sub[to];
  }
  if (section === 'manage' && tail[0] === manageSegments.vacancies[to]) {
    for (const [i, part] of tail.entries()) {
      const sub = Object.values<Record<Lang, string>>(vacancySegments).find((segment) => segment[from] === part);
      if (i > 0 && sub) tail[i] = sub[to];
    }
  }
  const suffix = tail.length > 0 ? `/${tail.join('/')}` : '';
  const query = KEEPS_QUERY.includes(section) ? translateQuery(search, from, to) : '';
  return `${prefix(to)}/${segments[section][to]}${suffix}${query}`;
}
