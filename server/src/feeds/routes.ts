/**
 * Open data for readers, aggregators and crawlers: RSS and Atom feeds of new vacancies
 * (any search can be a feed: the same filters as the search API, `lang=en` for English),
 * /sitemap.xml and /robots.txt. Only what the public search shows appears here.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { SearchQuery } from '../vacancies/schemas.ts';
import { atomFeed, robots, rssFeed, sitemap, type FeedSource } from './presenter.ts';
import { describeFeed, feedAddresses, feedNames, type FeedFilters } from './search-feed.ts';
import { latestVacancies, sitemapPages } from './service.ts';

/** The search's own query, and the feed's language. */
const FeedQuery = Type.Object(
  {
    ...SearchQuery.properties,
    lang: Type.Optional(
      Type.Union([Type.Literal('nl'), Type.Literal('en')], {
        default: 'nl',
        description: 'The language of the feed: its title, description and the vacancy pages it links to',
      }),
    ),
  },
  { additionalProperties: false },
);

export const feedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const base = app.config.publicUrl;
  const feedSchema = {
    config: { publicAnswer: true },
    schema: {
      tags: ['feeds'],
      querystring: FeedQuery,
      summary: 'New vacancies; the search filters make any search a feed, `lang=en` an English one',
    },
  };

  /** The feed's newest vacancies and what it says about itself. */
  const feed = async (
    query: typeof FeedQuery.static,
    self: string,
    log: { warn(obj: object, msg: string): void },
  ): Promise<[FeedSource, FeedVacancies]> => {
    const { page: _page, pageSize: _size, sort: _sort, lang = 'nl', ...filters } = query;
    // The radius has a default; without a place it says nothing.
    if (filters.near === undefined) delete filters.radiusKm;
    const [vacancies, names] = await Promise.all([
      latestVacancies(app.searchIndex, app.db, filters, log),
      feedNames(app.db, filters satisfies FeedFilters, lang),
    ]);
    const { title, description } = describeFeed(filters, lang, names);
    const { page } = feedAddresses(base, filters, lang);
    return [{ base, self, page, lang, title, description, category: names.category }, vacancies];
  };

  app.get('/feeds/vacancies.xml', feedSchema, async (request, reply) => {
    const [source, vacancies] = await feed(request.query, `${base}${request.url}`, request.log);
    return reply.type('application/rss+xml; charset=utf-8').send(rssFeed(source, vacancies));
  });

  app.get('/feeds/vacancies.atom', feedSchema, async (request, reply) => {
    const [source, vacancies] = await feed(request.query, `${base}${request.url}`, request.log);
    return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(source, vacancies, new Date()));
  });

  app.get(
    '/sitemap.xml',
    { config: { publicAnswer: true }, schema: { tags: ['feeds'], summary: 'Every public page' } },
    async (_request, reply) =>
      reply.type('application/xml; charset=utf-8').send(sitemap(await sitemapPages(app.db, base))),
  );

  app.get('/robots.txt', { config: { publicAnswer: true }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(robots(base)),
  );
};

type FeedVacancies = Awaited<ReturnType<typeof latestVacancies>>;
