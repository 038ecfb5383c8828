/**
 * The feeds' and the sitemap's XML, and robots.txt. Every value from the database goes
 * through escapeMarkup; only what the public search shows reaches these functions.
 */
import type { VacancySummary } from '../vacancies/schemas.ts';
import { escapeMarkup, vacancyPath } from '../text.ts';

/** Where a feed lives: the portal's public address and the feed's own URL. */
export interface FeedSource {
  base: string;
  self: string;
}

export interface SitemapPage {
  loc: string;
  lastmod?: Date;
}

const vacancyUrl = (base: string, vacancy: { id: string; title: string }) => `${base}${vacancyPath(vacancy)}`;
/** A feed's link says where the visitor came from (`bron`), for the member's figures; nothing about them. */
const feedItemUrl = (base: string, vacancy: { id: string; title: string }) => `${vacancyUrl(base, vacancy)}?bron=feed`;

/** One line a reader scans: who, where, how many hours, which scale. */
function facts(v: VacancySummary): string {
  return [
    v.organisation.name,
    v.place.municipalityName,
    `${v.hoursMin === v.hoursMax ? v.hoursMax : `${v.hoursMin}–${v.hoursMax}`} uur`,
    v.salaryScale ? `schaal ${v.salaryScale}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function rssFeed({ base, self }: FeedSource, vacancies: readonly VacancySummary[]): string {
  const items = vacancies.map(
    (v) => `    <item>
      <title>${escapeMarkup(v.title)}</title>
      <link>${escapeMarkup(feedItemUrl(base, v))}</link>
      <guid isPermaLink="false">${v.id}</guid>
      <pubDate>${new Date(v.publishedAt).toUTCString()}</pubDate>
      <category>${escapeMarkup(v.category)}</category>
      <description>${escapeMarkup(`${facts(v)}. ${v.summary}`)}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Samenwerven – nieuwe vacatures</title>
    <link>${escapeMarkup(base)}/</link>
    <atom:link href="${escapeMarkup(self)}" rel="self" type="application/rss+xml" />
    <description>Nieuwe vacatures van de deelnemers aan Samenwerven</description>
    <language>nl</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

export function atomFeed({ base, self }: FeedSource, vacancies: readonly VacancySummary[], now: Date): string {
  const updated = vacancies[0]?.publishedAt ?? now.toISOString();
  const entries = vacancies.map(
    (v) => `  <entry>
    <title>${escapeMarkup(v.title)}</title>
    <link href="${escapeMarkup(feedItemUrl(base, v))}" />
    <id>urn:uuid:${v.id}</id>
    <updated>${v.publishedAt}</updated>
    <author><name>${escapeMarkup(v.organisation.name)}</name></author>
    <category term="${escapeMarkup(v.category)}" />
    <summary>${escapeMarkup(`${facts(v)}. ${v.summary}`)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <title>Samenwerven – nieuwe vacatures</title>
  <link href="${escapeMarkup(self)}" rel="self" />
  <link href="${escapeMarkup(base)}/" />
  <id>${escapeMarkup(self)}</id>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

/** The pages that exist whatever the data: home and members in both languages, and joining. */
export function fixedPages(base: string): SitemapPage[] {
  return ['/', '/en/', '/deelnemers', '/en/members', '/aanmelden'].map((path) => ({ loc: `${base}${path}` }));
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
