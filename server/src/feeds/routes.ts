/**
 * Open data for readers, aggregators and crawlers: RSS and Atom feeds of new vacancies
 * (any search can be a feed: the same filters as the search API), /sitemap.xml and
 * /robots.txt. Only what the public search shows appears here.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { and, desc, eq, sql } from 'drizzle-orm';
import { organisations, vacancies } from '@samenwerven/db';
import { SearchQuery, type VacancySummary } from '../vacancies/schemas.ts';
import { searchPublicVacancies } from '../vacancies/service.ts';
import { escapeMarkup, vacancyPath } from '../text.ts';

const FEED_SIZE = 50;

export const feedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const base = app.config.publicUrl;
  const link = (v: { id: string; title: string }) => `${base}${vacancyPath(v)}`;
  const line = (v: VacancySummary) =>
    [
      v.organisation.name,
      v.place.municipalityName,
      `${v.hoursMin === v.hoursMax ? v.hoursMax : `${v.hoursMin}–${v.hoursMax}`} uur`,
      v.salaryScale ? `schaal ${v.salaryScale}` : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const latest = async (query: Record<string, unknown>) => {
    const { page: _page, pageSize: _size, sort: _sort, ...filters } = query as typeof SearchQuery.static;
    const result = await searchPublicVacancies(
      app.searchIndex,
      app.db,
      { ...filters, sort: 'newest', page: 1, pageSize: FEED_SIZE },
      app.log,
    );
    return result.hits;
  };
  const feedSchema = {
    schema: {
      tags: ['feeds'],
      querystring: SearchQuery,
      summary: 'New vacancies; the search filters make any search a feed',
    },
  };

  app.get('/feeds/vacancies.xml', feedSchema, async (request, reply) => {
    const hits = await latest(request.query);
    const self = `${base}${request.url}`;
    const items = hits.map(
      (v) => `    <item>
      <title>${escapeMarkup(v.title)}</title>
      <link>${escapeMarkup(link(v))}</link>
      <guid isPermaLink="false">${v.id}</guid>
      <pubDate>${new Date(v.publishedAt).toUTCString()}</pubDate>
      <category>${escapeMarkup(v.category)}</category>
      <description>${escapeMarkup(`${line(v)}. ${v.summary}`)}</description>
    </item>`,
    );
    return reply.type('application/rss+xml; charset=utf-8').send(`<?xml version="1.0" encoding="UTF-8"?>
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
`);
  });

  app.get('/feeds/vacancies.atom', feedSchema, async (request, reply) => {
    const hits = await latest(request.query);
    const self = `${base}${request.url}`;
    const updated = hits[0]?.publishedAt ?? new Date().toISOString();
    const entries = hits.map(
      (v) => `  <entry>
    <title>${escapeMarkup(v.title)}</title>
    <link href="${escapeMarkup(link(v))}" />
    <id>urn:uuid:${v.id}</id>
    <updated>${v.publishedAt}</updated>
    <author><name>${escapeMarkup(v.organisation.name)}</name></author>
    <category term="${escapeMarkup(v.category)}" />
    <summary>${escapeMarkup(`${line(v)}. ${v.summary}`)}</summary>
  </entry>`,
    );
    return reply.type('application/atom+xml; charset=utf-8').send(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <title>Samenwerven – nieuwe vacatures</title>
  <link href="${escapeMarkup(self)}" rel="self" />
  <link href="${escapeMarkup(base)}/" />
  <id>${escapeMarkup(self)}</id>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`);
  });

  app.get('/sitemap.xml', { schema: { tags: ['feeds'], summary: 'Every public page' } }, async (_request, reply) => {
    const members = await app.db
      .select({ slug: organisations.slug, updatedAt: organisations.updatedAt })
      .from(organisations)
      .where(and(eq(organisations.state, 'active'), eq(organisations.isCoordinatingBody, false)));
    const open = await app.db
      .select({ id: vacancies.id, title: vacancies.title, updatedAt: vacancies.updatedAt })
      .from(vacancies)
      .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
      .where(
        and(
          eq(vacancies.state, 'published'),
          eq(vacancies.visibility, 'public'),
          eq(organisations.state, 'active'),
          sql`(${vacancies.closingDate} IS NULL OR ${vacancies.closingDate} >= (now() AT TIME ZONE 'Europe/Amsterdam')::date)`,
        ),
      )
      .orderBy(desc(vacancies.updatedAt))
      .limit(49_000);
    const url = (loc: string, lastmod?: Date) =>
      `  <url><loc>${escapeMarkup(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
    const urls = [
      url(`${base}/`),
      url(`${base}/en/`),
      url(`${base}/deelnemers`),
      url(`${base}/en/members`),
      url(`${base}/aanmelden`),
      ...members.map((m) => url(`${base}/organisaties/${m.slug}`, m.updatedAt)),
      ...open.map((v) => url(link(v), v.updatedAt)),
    ];
    return reply
      .type('application/xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
      );
  });

  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(
        [
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
        ].join('\n'),
      ),
  );
};
