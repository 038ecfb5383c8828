/**
 * The feeds' and the sitemap's XML, and robots.txt. Every value from the database goes
 * through escapeMarkup; only what the public search shows reaches these functions.
 */
import type { VacancySummary } from '../vacancies/schemas.ts';
import { escapeMarkup, vacancyPath } from '../text.ts';

/** What a feed is: where it lives, what it shows in words, its language and the page it follows. */
export interface FeedSource {
  base: string;
  /** The feed's own URL. */
  self: string;
  /** The search page (or organisation's page) that shows the same vacancies. */
  page: string;
  lang: 'nl' | 'en';
  title: string;
  description: string;
  /** A job field's name in the feed's language. */
  category(code: string): string;
}

export interface SitemapPage {
  loc: string;
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

export function rssFeed(source: FeedSource, vacancies: readonly VacancySummary[]): string {
  const items = vacancies.map(
    (v) => `    <item>
      <title>${escapeMarkup(v.title)}</title>
      <link>${escapeMarkup(feedItemUrl(source, v))}</link>
      <guid isPermaLink="false">${v.id}</guid>
      <pubDate>${new Date(v.publishedAt).toUTCString()}</pubDate>
      <category>${escapeMarkup(source.category(v.category))}</category>
      <description>${escapeMarkup(`${facts(v, source.lang)}. ${v.summary}`)}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeMarkup(source.title)}</title>
    <link>${escapeMarkup(source.page)}</link>
    <atom:link href="${escapeMarkup(source.self)}" rel="self" type="application/rss+xml" />
    <description>${escapeMarkup(source.description)}</description>
    <language>${source.lang}</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

export function atomFeed(source: FeedSource, vacancies: readonly VacancySummary[], now: Date): string {
  const updated = vacancies[0]?.publishedAt ?? now.toISOString();
  const entries = vacancies.map(
    (v) => `  <entry>
    <title>${escapeMarkup(v.title)}</title>
    <link href="${escapeMarkup(feedItemUrl(source, v))}" />
    <id>urn:uuid:${v.id}</id>
    <updated>${v.publishedAt}</updated>
    <author><name>${escapeMarkup(v.organisation.name)}</name></author>
    <category term="${escapeMarkup(v.category)}" label="${escapeMarkup(source.category(v.category))}" />
    <summary>${escapeMarkup(`${facts(v, source.lang)}. ${v.summary}`)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${source.lang}">
  <title>${escapeMarkup(source.title)}</title>
  <subtitle>${escapeMarkup(source.description)}</subtitle>
  <link href="${escapeMarkup(source.self)}" rel="self" type="application/atom+xml" />
  <link href="${escapeMarkup(source.page)}" rel="alternate" type="text/html" />
  <id>${escapeMarkup(source.self)}</id>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

/** The pages that exist whatever the data: home and members in both languages, and joining. */
export function fixedPages(base: string): SitemapPage[] {
  return [
    '/',
    '/en/',
    '/deelnemers',
    '/en/members',
    '/aanmelden',
    '/over',
    '/en/about',
    '/contact',
    '/en/contact',
    '/toegankelijkheid',
    '/en/accessibility',
  ].map((path) => ({ loc: `${base}${path}` }));
}

export const memberPage = (base: string, member: { slug: string; updatedAt: Date }): SitemapPage => ({
  loc: `${base}/organisaties/${member.slug}`,
  lastmod: member.updatedAt,
});

export const vacancyPage = (base: string, vacancy: { id: string; title: string; updatedAt: Date }): SitemapPage => ({
  loc: vacancyUrl(base, vacancy),
  lastmod: vacancy.updatedAt,
});

export function sitemap(pages: readonly SitemapPage[]): string {
  const urls = pages.map(
    ({ loc, lastmod }) =>
      `  <url><loc>${escapeMarkup(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robots(base: string): string {
  return [
    'User-agent: *',
    'Allow: /',
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
