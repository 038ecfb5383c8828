/**
 * The initial HTML of public pages, made by the server before any script runs: title,
 * description, canonical and alternate links, Open Graph, and for an open vacancy its
 * JobPosting JSON-LD and readable content. Crawlers and people without JavaScript get the
 * page; the web app then takes over.
 */
import { isDatabaseUnavailable, type Database } from '@samenwerven/db';
import { logoUrl } from '../organisations/presenter.ts';
import { findOrganisationBySlug, findPublicMember } from '../organisations/queries.ts';
import { getClosedVacancy, getPublicVacancy } from '../vacancies/service.ts';
import { ANONYMOUS_VIEWER, UNVERIFIED_SESSION, vacancyForViewer, type PageViewer } from '../vacancies/viewer.ts';
import { escapeMarkup, vacancyPath } from '../text.ts';
import {
  describeFeed,
  feedAddresses,
  feedFiltersFromAddress,
  feedNames,
  type FeedFilters,
} from '../feeds/search-feed.ts';
import { jobPosting } from './json-ld.ts';
import { pageLanguage } from '../i18n.ts';

export interface PageHead {
  status: number;
  lang: 'nl' | 'en';
  title: string;
  description: string;
  canonical: string;
  alternates: { nl: string; en: string };
  type: 'website' | 'article';
  robots?: string;
  image?: string;
  jsonLd?: unknown;
  body?: string;
  /** The page's vacancies as RSS and Atom feeds, for feed readers and crawlers to discover. */
  feeds?: PageFeeds;
  /**
   * Only the signed-in reader may see the page (their organisation's draft): never sent on to its
   * canonical address, whose redirect a shared cache keeps for an hour, with the title in it.
   */
  personal?: true;
}

export interface PageFeeds {
  /** What the feed holds, in words ("Vacatures bij Gemeente Tilburg — Samenwerven"). */
  title: string;
  rss: string;
  atom: string;
}

const pageFeeds = (publicUrl: string, filters: FeedFilters, lang: 'nl' | 'en', title: string): PageFeeds => {
  const { rss, atom } = feedAddresses(publicUrl, filters, lang);
  return { title, rss, atom };
};

/**
 * "{page} | Samenwerven" within 70 characters, the page's part shortened with an ellipsis: the
 * title the web app sets (web/src/hooks/use-document-title.ts), so a page keeps one title whether
 * the server rendered it or the browser did.
 */
export function siteTitle(pageTitle: string): string {
  const suffix = ' | Samenwerven';
  const room = 70 - suffix.length;
  return `${pageTitle.length > room ? `${pageTitle.slice(0, room - 1).trimEnd()}…` : pageTitle}${suffix}`;
}

/** JSON inside a script element: `<` escaped so no text can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');

const texts = {
  nl: {
    home: [
      'Vacatures bij de overheid in de regio | Samenwerven',
      'Alle vacatures van de gemeenten, provincie, waterschap en andere overheidsorganisaties in de regio op één plek.',
    ],
    members: ['Deelnemers | Samenwerven', 'De organisaties die samen vacatures plaatsen op Samenwerven.'],
    join: ['Aanmelden als organisatie | Samenwerven', 'Meld je organisatie aan bij de alliantie Samenwerven.'],
    notFound: ['Niet gevonden | Samenwerven', 'Deze pagina bestaat niet (meer).'],
    unavailable: [
      'Even niet bereikbaar | Samenwerven',
      'Samenwerven kan zijn gegevens nu niet bereiken. Probeer het over een paar minuten opnieuw.',
    ],
    myData: ['Mijn gegevens | Samenwerven', 'Je sollicitaties en gegevens bij Samenwerven.'],
    privacy: [
      'Privacy | Samenwerven',
      'Welke gegevens Samenwerven bewaart als je solliciteert, waarom, hoe lang, wie ze ziet en wat je rechten zijn.',
    ],
    accessibility: [
      'Toegankelijkheidsverklaring | Samenwerven',
      'Hoe toegankelijk Samenwerven is, hoe we dat testen, wat nog niet goed werkt en hoe je een probleem meldt.',
    ],
    contact: [
      'Contact en colofon | Samenwerven',
      'Hoe je het alliantiebureau van Samenwerven bereikt, en wie het portaal uitgeeft.',
    ],
    about: [
      'Over Samenwerven | Samenwerven',
      'Wie er achter Samenwerven zit, en welke organisaties meedoen en op welke manier.',
    ],
  },
  en: {
    home: [
      'Public sector jobs in the region | Samenwerven',
      'Every vacancy of the municipalities, province, water board and other public bodies in the region in one place.',
    ],
    members: ['Members | Samenwerven', 'The organisations that post their vacancies together on Samenwerven.'],
    join: ['Join as an organisation | Samenwerven', 'Apply for your organisation to join the Samenwerven alliance.'],
    notFound: ['Not found | Samenwerven', 'This page does not exist (any more).'],
    unavailable: [
      'Briefly unavailable | Samenwerven',
      'Samenwerven cannot reach its data right now. Try again in a few minutes.',
    ],
    myData: ['My data | Samenwerven', 'Your applications and data at Samenwerven.'],
    privacy: [
      'Privacy | Samenwerven',
      'What Samenwerven keeps when you apply, why, for how long, who sees it and what your rights are.',
    ],
    accessibility: [
      'Accessibility statement | Samenwerven',
      'How accessible Samenwerven is, how we test it, what does not work well yet and how to report a problem.',
    ],
    contact: [
      'Contact and colophon | Samenwerven',
      'How to reach the Samenwerven alliance office, and who publishes the portal.',
    ],
    about: ['About Samenwerven | Samenwerven', 'Who is behind Samenwerven, and which organisations take part and how.'],
  },
} as const;

/** The pages with a fixed address in each language: their pattern, texts, and both addresses. */
const pairs: [RegExp, Exclude<keyof (typeof texts)['nl'], 'notFound' | 'myData'>, string, string][] = [
  [/^\/(en\/?)?$/, 'home', '/', '/en/'],
  [/^\/(deelnemers|en\/members)\/?$/, 'members', '/deelnemers', '/en/members'],
  [/^\/(aanmelden|en\/join)\/?$/, 'join', '/aanmelden', '/en/join'],
  [/^\/(privacy|en\/privacy)\/?$/, 'privacy', '/privacy', '/en/privacy'],
  [/^\/(toegankelijkheid|en\/accessibility)\/?$/, 'accessibility', '/toegankelijkheid', '/en/accessibility'],
  [/^\/(contact|en\/contact)\/?$/, 'contact', '/contact', '/en/contact'],
  [/^\/(over|en\/about)\/?$/, 'about', '/over', '/en/about'],
];

/** The pages under /alert in both languages (web/src/i18n/paths.ts, `alertSegments`). */
const ALERT_PAGES: readonly (readonly [nl: string, en: string])[] = [
  ['nieuw', 'new'],
  ['bevestigen', 'confirm'],
  ['houden', 'keep'],
  ['afmelden', 'unsubscribe'],
];

/**
 * An alert page in either language, with the same query (a new alert's search): each page's
 * own, not the list of an address's alerts for all of them (a job seeker's walk).
 */
function alertAlternates(publicUrl: string, pathname: string, query: string): { nl: string; en: string } {
  const page = /\/alert\/([a-z-]+)\/?$/.exec(pathname)?.[1];
  const pair = ALERT_PAGES.find(([nl, en]) => page === nl || page === en);
  if (!pair) return { nl: `${publicUrl}/mijn-alerts`, en: `${publicUrl}/en/my-alerts` };
  return { nl: `${publicUrl}/alert/${pair[0]}${query}`, en: `${publicUrl}/en/alert/${pair[1]}${query}` };
}

/** The head of the public page at `pathname`; `search` is its query (a search page's filters). */
export async function pageHead(
  db: Database,
  publicUrl: string,
  pathname: string,
  search: URLSearchParams = new URLSearchParams(),
  viewer: PageViewer = ANONYMOUS_VIEWER,
): Promise<PageHead | undefined> {
  const lang = pageLanguage(pathname);
  const t = texts[lang];
  for (const [pattern, key, nl, en] of pairs) {
    if (pattern.test(pathname)) {
      const [title, description] = t[key];
      // The search page: its feed follows the search in the address.
      const feeds = key === 'home' ? await searchFeeds(db, publicUrl, search, lang) : undefined;
      return {
        status: 200,
        lang,
        title,
        description,
        canonical: `${publicUrl}${lang === 'en' ? en : nl}`,
        alternates: { nl: `${publicUrl}${nl}`, en: `${publicUrl}${en}` },
        type: 'website',
        ...(feeds ? { feeds } : {}),
      };
    }
  }
  // Private pages: a guest applicant's own page (its key is in the fragment) is never indexed.
  if (/^\/(mijn-gegevens|en\/my-data)\/?$/.test(pathname)) {
    const [title, description] = t.myData;
    return {
      status: 200,
      lang,
      title,
      description,
      canonical: `${publicUrl}${lang === 'en' ? '/en/my-data' : '/mijn-gegevens'}`,
      alternates: { nl: `${publicUrl}/mijn-gegevens`, en: `${publicUrl}/en/my-data` },
      type: 'website',
      robots: 'noindex',
    };
  }
  // An address's alerts, and the confirm and unsubscribe links of alert mails: never indexed.
  if (/^\/(?:alert\/[a-z-]+|mijn-alerts|en\/alert\/[a-z-]+|en\/my-alerts)\/?$/.test(pathname)) {
    const query = search.size > 0 ? `?${search.toString()}` : '';
    return {
      status: 200,
      lang,
      title: lang === 'en' ? 'E-mail alerts | Samenwerven' : 'E-mailalerts | Samenwerven',
      description:
        lang === 'en'
          ? 'Your e-mail alerts for new vacancies at Samenwerven.'
          : 'Je e-mailalerts voor nieuwe vacatures bij Samenwerven.',
      canonical: `${publicUrl}${pathname.replace(/\/$/, '')}${query}`,
      alternates: alertAlternates(publicUrl, pathname, query),
      type: 'website',
      robots: 'noindex',
    };
  }
  const vacancyMatch = pathname.match(
    /^\/(?:vacatures|en\/vacancies)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:-[^/]*)?\/?$/i,
  );
  if (vacancyMatch) return vacancyHead(db, publicUrl, vacancyMatch[1]!.toLowerCase(), lang, viewer);
  const organisationMatch = pathname.match(/^\/(?:organisaties|en\/organisations)\/([a-z0-9-]{1,100})\/?$/);
  if (organisationMatch) return organisationHead(db, publicUrl, organisationMatch[1]!, lang);
  return undefined;
}

/**
 * The head with the feeds its page shows, when they are not those of its address: a search that
 * left words out, or took its compounds apart, offers the feed of the words it searched (the
 * head kept the words as typed, an empty feed for feed readers; a job seeker's walk).
 */
export async function withFeedsOfPage(
  db: Database,
  publicUrl: string,
  head: PageHead,
  shown: { rss: string } | undefined,
): Promise<PageHead> {
  if (!head.feeds || !shown) return head;
  const [page, addressed] = [new URL(shown.rss, publicUrl), new URL(head.feeds.rss)];
  const query = (url: URL) => [...url.searchParams].map(String).sort().join('&');
  // Only a search's feed follows its words (an organisation's page has a feed of its own).
  if (page.pathname !== addressed.pathname || query(page) === query(addressed)) return head;
  return { ...head, feeds: await searchFeeds(db, publicUrl, page.searchParams, head.lang) };
}

async function searchFeeds(
  db: Database,
  publicUrl: string,
  search: URLSearchParams,
  lang: 'nl' | 'en',
): Promise<PageFeeds> {
  const filters = feedFiltersFromAddress(search);
  // The search page needs no database (the search engine answers): while it is away, the
  // feed's title names job fields and organisations by their codes rather than fail the page.
  const names = await feedNames(db, filters, lang).catch((error: unknown) => {
    if (!isDatabaseUnavailable(error)) throw error;
    return { category: (code: string) => code, organisation: (slug: string) => slug };
  });
  const { title } = describeFeed(filters, lang, names);
  return pageFeeds(publicUrl, filters, lang, title);
}

/** The head of a page that does not exist (an unknown vacancy, organisation or address). */
export function notFoundHead(publicUrl: string, lang: 'nl' | 'en', pathname: string): PageHead {
  const [title, description] = texts[lang].notFound;
  return {
    status: 404,
    lang,
    title,
    description,
    canonical: `${publicUrl}${pathname}`,
    alternates: { nl: `${publicUrl}/`, en: `${publicUrl}/en/` },
    type: 'website',
    robots: 'noindex',
  };
}

/** Any page while the database is away: 503, not indexed, its address as it is. */
export function unavailableHead(publicUrl: string, lang: 'nl' | 'en', pathname: string): PageHead {
  const [title, description] = texts[lang].unavailable;
  return { ...notFoundHead(publicUrl, lang, pathname), status: 503, title, description };
}

/** A vacancy's page in Dutch and in English, by its id and title. */
const vacancyAlternates = (publicUrl: string, vacancy: Parameters<typeof vacancyPath>[0]) => ({
  nl: `${publicUrl}${vacancyPath(vacancy)}`,
  en: `${publicUrl}${vacancyPath(vacancy, 'en')}`,
});

/** The title of a vacancy's page once it is off the portal, as the web app's page has it (`vacancy.closed`). */
const closedPageTitle = (mayReturn: boolean, lang: 'nl' | 'en') =>
  lang === 'en'
    ? mayReturn
      ? 'This vacancy is unavailable for now'
      : 'This vacancy is closed'
    : mayReturn
      ? 'Deze vacature is tijdelijk niet beschikbaar'
      : 'Deze vacature is gesloten';

/**
 * A vacancy that was public once and closed (410, not indexed), or is away while its member is
 * suspended (404: it may come back, RFC 9110 keeps 410 for what is gone for good); else not found.
 */
async function closedOrNotFoundHead(db: Database, publicUrl: string, id: string, lang: 'nl' | 'en'): Promise<PageHead> {
  const closed = await getClosedVacancy(db, id).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) throw error;
    return undefined;
  });
  if (!closed) return notFoundHead(publicUrl, lang, lang === 'en' ? `/en/vacancies/${id}` : `/vacatures/${id}`);
  const alternates = vacancyAlternates(publicUrl, closed);
  const closedTitle = closedPageTitle(closed.mayReturn, lang);
  const description =
    lang === 'en'
      ? `${closedTitle}. Similar open vacancies are on the page.`
      : `${closedTitle}. Op de pagina staan vergelijkbare open vacatures.`;
  return {
    status: closed.mayReturn ? 404 : 410,
    lang,
    title: siteTitle(`${closedTitle}: ${closed.title}`),
    description,
    canonical: alternates[lang],
    alternates,
    type: 'website',
    robots: 'noindex',
  };
}

/**
 * A vacancy only its signed-in reader may see (their organisation's draft, preview or closed one;
 * an alliance-internal one): the page is there for them (200), never indexed. It said 404, "Niet
 * gevonden", to a browser showing the vacancy (an attacker's review).
 */
async function viewersVacancyHead(
  db: Database,
  publicUrl: string,
  id: string,
  lang: 'nl' | 'en',
  viewer: PageViewer,
): Promise<PageHead | undefined> {
  // Not known yet whose page it is: the app says so once it has refreshed the session; the
  // server claims neither that it is gone nor what it is.
  if (viewer === UNVERIFIED_SESSION) return unverifiedVacancyHead(publicUrl, id, lang);
  // Sees what the public sees, which was not there.
  if (!viewer.ownOrganisation && !viewer.memberStaff) return undefined;
  const found = await vacancyForViewer(db, viewer, id).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) throw error;
    return undefined;
  });
  if (!found) return undefined;
  const { vacancy } = found;
  const alternates = vacancyAlternates(publicUrl, vacancy);
  return {
    status: 200,
    lang,
    title: siteTitle(`${vacancy.title} — ${vacancy.organisation.name}`),
    description: vacancy.summary.slice(0, 300),
    canonical: alternates[lang],
    alternates,
    type: 'website',
    robots: 'noindex',
    personal: true,
  };
}

function unverifiedVacancyHead(publicUrl: string, id: string, lang: 'nl' | 'en'): PageHead {
  const alternates = { nl: `${publicUrl}/vacatures/${id}`, en: `${publicUrl}/en/vacancies/${id}` };
  return {
    status: 200,
    lang,
    title: siteTitle(lang === 'en' ? 'Vacancy' : 'Vacature'),
    description: '',
    canonical: alternates[lang],
    alternates,
    type: 'website',
    robots: 'noindex',
    personal: true,
  };
}

async function vacancyHead(
  db: Database,
  publicUrl: string,
  id: string,
  lang: 'nl' | 'en',
  viewer: PageViewer,
): Promise<PageHead> {
  // A closed or withdrawn vacancy stops advertising itself: no JobPosting, not indexed.
  // Views are counted when the app loads the vacancy, not here as well.
  // Only "not found" means not found: an unreachable database must not tell crawlers so.
  const vacancy = await getPublicVacancy(db, id).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) throw error;
    return undefined;
  });
  if (!vacancy)
    return (await viewersVacancyHead(db, publicUrl, id, lang, viewer)) ?? closedOrNotFoundHead(db, publicUrl, id, lang);
  const organisation = await findOrganisationBySlug(db, vacancy.organisation.slug);
  const logo = organisation ? logoUrl(publicUrl, organisation) : null;
  const alternates = vacancyAlternates(publicUrl, vacancy);
  const canonical = alternates[lang];
  const where = `${vacancy.organisation.name}, ${vacancy.place.municipalityName}`;
  return {
    status: 200,
    lang,
    title: siteTitle(`${vacancy.title} — ${vacancy.organisation.name}`),
    description: (vacancy.summary || `${vacancy.title} bij ${where}.`).slice(0, 300),
    canonical,
    alternates,
    type: 'article',
    ...(logo ? { image: logo } : {}),
    // One JobPosting per vacancy: on the page in the language it is written in. Its other page is
    // the same vacancy (the portal's own words translated), which search engines must not count
    // twice (a feeds review).
    jsonLd:
      lang !== vacancy.language
        ? undefined
        : jobPosting(
            vacancy,
            {
              name: organisation?.name ?? vacancy.organisation.name,
              website: organisation?.website ?? null,
              logoUrl: logo,
            },
            canonical,
          ),
    body: `<main id="inhoud"><h1>${escapeMarkup(vacancy.title)}</h1><p>${escapeMarkup(where)}</p>${vacancy.description}</main>`,
  };
}

async function organisationHead(db: Database, publicUrl: string, slug: string, lang: 'nl' | 'en'): Promise<PageHead> {
  const organisation = await findPublicMember(db, slug);
  if (!organisation)
    return notFoundHead(publicUrl, lang, lang === 'en' ? `/en/organisations/${slug}` : `/organisaties/${slug}`);
  const alternates = { nl: `${publicUrl}/organisaties/${slug}`, en: `${publicUrl}/en/organisations/${slug}` };
  const logo = logoUrl(publicUrl, organisation);
  const plain = organisation.description
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    status: 200,
    lang,
    title: siteTitle(organisation.name),
    description: (
      plain || (lang === 'en' ? `Vacancies at ${organisation.name}.` : `Vacatures bij ${organisation.name}.`)
    ).slice(0, 300),
    canonical: alternates[lang],
    alternates,
    type: 'website',
    ...(logo ? { image: logo } : {}),
    feeds: pageFeeds(
      publicUrl,
      { organisation: [slug] },
      lang,
      describeFeed({ organisation: [slug] }, lang, { category: (code) => code, organisation: () => organisation.name })
        .title,
    ),
  };
}

/** A page the server rendered: the app's markup for #root, and the data it hydrates from. */
export interface RenderedBody {
  html: string;
  data: string;
}

/**
 * index.html for a page only the browser renders (a staff page, a form behind a link): no head
 * of its own, but the page's language, and the site's title and description in it, for a
 * screen reader and a tab before the web app has loaded (or without it).
 */
/**
 * Titles of the pages the browser renders, as their scripts set them (web/src/i18n/account-messages.ts):
 * without scripts, these pages said they were the vacancy search (a job seeker's walk).
 */
const BROWSER_PAGE_TITLES: readonly [RegExp, nl: string, en: string][] = [
  [/^\/(inloggen|en\/sign-in)\/?$/, 'Inloggen', 'Sign in'],
  [/^\/(registreren|en\/register)\/?$/, 'Account aanmaken', 'Create an account'],
  [/^\/(wachtwoord-vergeten|en\/forgot-password)\/?$/, 'Wachtwoord vergeten', 'Forgot your password'],
];

export function browserPageHtml(indexHtml: string, pathname: string): string {
  const lang = pageLanguage(pathname);
  const [homeTitle, description] = texts[lang].home;
  const named = BROWSER_PAGE_TITLES.find(([pattern]) => pattern.test(pathname));
  // Any other page the browser renders is named by the site until its scripts name it.
  const title = named
    ? `${named[lang === 'en' ? 2 : 1]} | Samenwerven`
    : /^\/(en\/?)?$/.test(pathname)
      ? homeTitle
      : 'Samenwerven';
  return indexHtml
    .replace(/<html lang="[a-z]+">/, () => `<html lang="${lang}">`)
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeMarkup(title)}</title>`)
    .replace(
      /<meta\s+name="description"[\s\S]*?\/>/,
      () => `<meta name="description" content="${escapeMarkup(description)}" />`,
    );
}

/**
 * index.html with the page's head filled in, and its body: the server-rendered page when there
 * is one, else the readable content the head carries (a vacancy's text, for crawlers).
 */
export function renderPage(indexHtml: string, head: PageHead, rendered?: RenderedBody): string {
  const tags = [
    `<title>${escapeMarkup(head.title)}</title>`,
    `<meta name="description" content="${escapeMarkup(head.description)}" />`,
    `<link rel="canonical" href="${escapeMarkup(head.canonical)}" />`,
    `<link rel="alternate" hreflang="nl" href="${escapeMarkup(head.alternates.nl)}" />`,
    `<link rel="alternate" hreflang="en" href="${escapeMarkup(head.alternates.en)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${escapeMarkup(head.title)}" />`,
    `<meta property="og:description" content="${escapeMarkup(head.description)}" />`,
    `<meta property="og:url" content="${escapeMarkup(head.canonical)}" />`,
    `<meta property="og:site_name" content="Samenwerven" />`,
    `<meta property="og:locale" content="${head.lang === 'en' ? 'en_GB' : 'nl_NL'}" />`,
    ...(head.image ? [`<meta property="og:image" content="${escapeMarkup(head.image)}" />`] : []),
    ...(head.robots ? [`<meta name="robots" content="${head.robots}" />`] : []),
    ...(head.feeds
      ? [
          `<link rel="alternate" type="application/rss+xml" title="${escapeMarkup(`${head.feeds.title} (RSS)`)}" href="${escapeMarkup(head.feeds.rss)}" />`,
          `<link rel="alternate" type="application/atom+xml" title="${escapeMarkup(`${head.feeds.title} (Atom)`)}" href="${escapeMarkup(head.feeds.atom)}" />`,
        ]
      : []),
    ...(head.jsonLd ? [`<script type="application/ld+json">${scriptJson(head.jsonLd)}</script>`] : []),
  ].join('\n    ');
  // Data goes in through replacer functions only: in a replacement string, `$'`, `$&` or
  // `$1` in a title would be read as patterns and copy parts of the document around.
  let html = indexHtml
    .replace(/<title>[\s\S]*?<\/title>\s*/, () => '')
    .replace(/<meta\s+name="description"[\s\S]*?\/>\s*/, () => '')
    .replace(/<html lang="[a-z]+">/, () => `<html lang="${head.lang}">`)
    .replace('</head>', () => `  ${tags}\n  </head>`);
  if (rendered)
    html = html
      .replace('<div id="root"></div>', () => `<div id="root">${rendered.html}</div>${rendered.data}`)
      // The page works without scripts: the notice that it needs them is for the others only.
      .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  else if (head.body) html = html.replace('<div id="root"></div>', () => `<div id="root">${head.body}</div>`);
  return html;
}
