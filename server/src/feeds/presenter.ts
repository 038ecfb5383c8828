/**
 * The feeds' and the sitemap's XML, and robots.txt. Every value from the database goes
 * through escapeMarkup; only what the public search shows reaches these functions.
 */
import type { VacancySummary } from '../vacancies/schemas.ts';
import { escapeMarkup, vacancyPath } from '../text.ts';

/**
 * A feed's vacancy: what the search shows, with its full text and when it last changed (null
 * while the database is away).
 */
export type FeedVacancy = VacancySummary & { description: string | null; updatedAt: string | null };

/** What a feed is: where it lives, what it shows in words, its language and the page it follows. */
export interface FeedSource {
  base: string;
  /** The feed's own URL. */
  self: string;
  /** What identifies the feed (Atom's id): its address without the page, parameters in one order. */
  id: string;
  /** The search page (or organisation's page) that shows the same vacancies. */
  page: string;
  lang: 'nl' | 'en';
  title: string;
  description: string;
  /** A job field's name in the feed's language. */
  category(code: string): string;
  /** The feed's pages (RFC 5005): the first, and the ones before and after this one when there are. */
  first: string;
  previous?: string;
  next?: string;
}

/** The feed's links to its other pages, as `<link>`s of the given element name. */
function pagingLinks(source: FeedSource, element: string, type: string): string {
  return [
    ['first', source.first],
    ['previous', source.previous],
    ['next', source.next],
  ]
    .filter((link): link is [string, string] => link[1] !== undefined)
    .map(([rel, href]) => `<${element} href="${escapeMarkup(href)}" rel="${rel}" type="${type}" />`)
    .join('\n    ');
}

/**
 * When a vacancy last changed: an edit after its publication is a change a reader should see.
 * In whole seconds, as its publication is (the index keeps those), and never before it.
 */
const changedAt = (v: FeedVacancy): Date => {
  const published = Date.parse(v.publishedAt);
  const updated = v.updatedAt ? Math.floor(Date.parse(v.updatedAt) / 1000) * 1000 : published;
  return new Date(Math.max(published, updated));
};

/** When the feed last changed: its most recently changed vacancy (none: `emptySince`). */
const lastChanged = (vacancies: readonly FeedVacancy[], emptySince: Date) =>
  vacancies.length === 0 ? emptySince : new Date(Math.max(...vacancies.map((v) => changedAt(v).getTime())));

/** A public page in both its languages; the sitemap lists each with the other as its alternate. */
export interface SitemapPage {
  paths: { nl: string; en: string };
  lastmod?: Date;
}

const vacancyUrl = (base: string, vacancy: { id: string; title: string }, lang: 'nl' | 'en' = 'nl') =>
  `${base}${vacancyPath(vacancy, lang)}`;
/** A feed's link says where the visitor came from (`bron`), for the member's figures; nothing about them. */
const feedItemUrl = (source: FeedSource, vacancy: { id: string; title: string }) =>
  `${vacancyUrl(source.base, vacancy, source.lang)}?bron=feed`;

/** One line a reader scans: who, where, how many hours, which scale. */
function facts(v: VacancySummary, lang: 'nl' | 'en'): string {
  const hours = v.hoursMin === v.hoursMax ? `${v.hoursMax}` : `${v.hoursMin}–${v.hoursMax}`;
  return [
    v.organisation.name,
    v.place.municipalityName,
    lang === 'en' ? `${hours} hours` : `${hours} uur`,
    v.salaryScale ? (lang === 'en' ? `scale ${v.salaryScale}` : `schaal ${v.salaryScale}`) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The vacancy's text as a feed's content: the facts, then the text (or the summary without it). */
const fullContent = (v: FeedVacancy, lang: 'nl' | 'en') =>
  `<p>${escapeMarkup(facts(v, lang))}</p>${v.description ?? `<p>${escapeMarkup(v.summary)}</p>`}`;

/**
 * RSS readers take an item's description as HTML (escaped in the XML), so its plain text is
 * escaped as HTML first: "<img onerror=…>" in a summary reaches the reader as text, not markup.
 */
const summaryHtml = (v: FeedVacancy, lang: 'nl' | 'en') => escapeMarkup(`${facts(v, lang)}. ${v.summary}`);

export function rssFeed(source: FeedSource, vacancies: readonly FeedVacancy[], emptySince: Date): string {
  const items = vacancies.map(
    (v) => `    <item>
      <title>${escapeMarkup(v.title)}</title>
      <link>${escapeMarkup(feedItemUrl(source, v))}</link>
      <guid isPermaLink="false">${v.id}</guid>
      <pubDate>${new Date(v.publishedAt).toUTCString()}</pubDate>
      <dc:creator>${escapeMarkup(v.organisation.name)}</dc:creator>
      <category>${escapeMarkup(source.category(v.category))}</category>
      <description>${escapeMarkup(summaryHtml(v, source.lang))}</description>
      <content:encoded>${escapeMarkup(fullContent(v, source.lang))}</content:encoded>
    </item>`,
  );
  const changed = lastChanged(vacancies, emptySince).toUTCString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${escapeMarkup(source.title)}</title>
    <link>${escapeMarkup(source.page)}</link>
    <atom:link href="${escapeMarkup(source.self)}" rel="self" type="application/rss+xml" />
    ${pagingLinks(source, 'atom:link', 'application/rss+xml')}
    <description>${escapeMarkup(source.description)}</description>
    <language>${source.lang}</language>
    <pubDate>${changed}</pubDate>
    <lastBuildDate>${changed}</lastBuildDate>
${items.join('\n')}
  </channel>
</rss>
`;
}

export function atomFeed(source: FeedSource, vacancies: readonly FeedVacancy[], emptySince: Date): string {
  const updated = lastChanged(vacancies, emptySince).toISOString();
  const entries = vacancies.map(
    // Each entry in the language it is written in; the feed's own words are in the feed's.
    (v) => `  <entry xml:lang="${v.language}">
    <title>${escapeMarkup(v.title)}</title>
    <link href="${escapeMarkup(feedItemUrl(source, v))}" />
    <id>urn:uuid:${v.id}</id>
    <published>${v.publishedAt}</published>
    <updated>${changedAt(v).toISOString()}</updated>
    <author><name>${escapeMarkup(v.organisation.name)}</name></author>
    <category term="${escapeMarkup(v.category)}" label="${escapeMarkup(source.category(v.category))}" />
    <summary>${escapeMarkup(`${facts(v, source.lang)}. ${v.summary}`)}</summary>
    <content type="html">${escapeMarkup(fullContent(v, source.lang))}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${source.lang}">
  <title>${escapeMarkup(source.title)}</title>
  <subtitle>${escapeMarkup(source.description)}</subtitle>
  <link href="${escapeMarkup(source.self)}" rel="self" type="application/atom+xml" />
  <link href="${escapeMarkup(source.page)}" rel="alternate" type="text/html" />
  ${pagingLinks(source, 'link', 'application/atom+xml')}
  <id>${escapeMarkup(source.id)}</id>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

/** The pages that exist whatever the data, in Dutch and English. */
export function fixedPages(): SitemapPage[] {
  return (
    [
      ['/', '/en/'],
      ['/deelnemers', '/en/members'],
      ['/aanmelden', '/en/join'],
      ['/over', '/en/about'],
      ['/contact', '/en/contact'],
      ['/toegankelijkheid', '/en/accessibility'],
      ['/privacy', '/en/privacy'],
    ] as const
  ).map(([nl, en]) => ({ paths: { nl, en } }));
}

export const memberPage = (member: { slug: string; updatedAt: Date }): SitemapPage => ({
  paths: { nl: `/organisaties/${member.slug}`, en: `/en/organisations/${member.slug}` },
  lastmod: member.updatedAt,
});

export const vacancyPage = (vacancy: { id: string; title: string; updatedAt: Date }): SitemapPage => ({
  paths: { nl: vacancyPath(vacancy, 'nl'), en: vacancyPath(vacancy, 'en') },
  lastmod: vacancy.updatedAt,
});

/**
 * The protocol's limit is 50,000 URLs (and 50 MB) per sitemap; each page is two URLs, one per
 * language, each some 600 bytes with its alternates — about 15 MB per full part.
 */
export const SITEMAP_PAGES_PER_PART = 25_000;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Both language versions of each page, each naming both (and Dutch as the default) as alternates. */
export function sitemap(base: string, pages: readonly SitemapPage[]): string {
  const urls = pages.flatMap(({ paths, lastmod }) => {
    const alternates = [
      `<xhtml:link rel="alternate" hreflang="nl" href="${escapeMarkup(base + paths.nl)}"/>`,
      `<xhtml:link rel="alternate" hreflang="en" href="${escapeMarkup(base + paths.en)}"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeMarkup(base + paths.nl)}"/>`,
    ].join('');
    const modified = lastmod ? `<lastmod>${day(lastmod)}</lastmod>` : '';
    return [paths.nl, paths.en].map(
      (path) => `  <url><loc>${escapeMarkup(base + path)}</loc>${modified}${alternates}</url>`,
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}

/** The sitemap of sitemaps, once the pages no longer fit in one: each part with its latest change. */
export function sitemapIndex(parts: readonly { loc: string; lastmod?: Date }[]): string {
  const entries = parts.map(
    ({ loc, lastmod }) =>
      `  <sitemap><loc>${escapeMarkup(loc)}</loc>${lastmod ? `<lastmod>${day(lastmod)}</lastmod>` : ''}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join('\n')}
</sitemapindex>
`;
}

export function robots(base: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    // The logos the vacancy pages' JobPosting data names (hiringOrganization.logo), for job search
    // engines: the more specific rule wins over the one below.
    'Allow: /api/v1/organisations/*/logo',
    'Disallow: /api/',
    'Disallow: /beheer',
    'Disallow: /coordinatie',
    'Disallow: /account',
    'Disallow: /en/manage',
    'Disallow: /en/coordination',
    'Disallow: /en/account',
    '',
    `Sitemap: ${base}/sitemap.xml`,
    '',
  ].join('\n');
}
