/**
 * Open data for readers, aggregators and crawlers: RSS and Atom feeds of new vacancies
 * (any search can be a feed: the same filters as the search API, `lang=en` for English),
 * /sitemap.xml and /robots.txt. Only what the public search shows appears here.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { SearchQuery } from '../vacancies/schemas.ts';
import { assertRangesInOrder } from '../vacancies/service.ts';
import {
  atomFeed,
  robots,
  rssFeed,
  sitemap,
  sitemapIndex,
  SITEMAP_PAGES_PER_PART,
  type FeedSource,
  type FeedVacancy,
} from './presenter.ts';
import { ErrorRef, notFound } from '../errors.ts';
import { documentAnswer } from '../contract/documents.ts';
import { ATOM_EXAMPLE, RSS_EXAMPLE, SITEMAP_EXAMPLE } from './examples.ts';
import { describeFeed, feedAddresses, feedNames, type FeedFilters } from './search-feed.ts';
import { withoutBlankValues } from '../text.ts';
import { FEED_SIZE, lastChange, latestVacancies, sitemapPages, sitemapParts } from './service.ts';

/** The last page a feed goes to: the search pages through its 10,000 newest answers. */
const MAX_FEED_PAGE = 10_000 / FEED_SIZE;

/** The feed's address on another page: `page` set (left out for the first), all else kept. */
function pageAddress(self: string, page: number): string {
  const url = new URL(self);
  if (page === 1) url.searchParams.delete('page');
  else url.searchParams.set('page', String(page));
  return url.toString();
}

/** The search's own query, and the feed's language. */
/** The search's filters and `page`; not its order nor page size: a feed is the newest, fifty to a page. */
const { sort: _sort, pageSize: _pageSize, ...feedFilters } = SearchQuery.properties;
const FeedQuery = Type.Object(
  {
    ...feedFilters,
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
  const feedSchema = (format: 'rss' | 'atom') => ({
    config: { publicAnswer: true },
    schema: {
      tags: ['feeds'],
      querystring: FeedQuery,
      response: {
        200:
          format === 'rss'
            ? documentAnswer('The feed, RSS 2.0', ['application/rss+xml'], RSS_EXAMPLE)
            : documentAnswer('The feed, Atom 1.0', ['application/atom+xml'], ATOM_EXAMPLE),
        404: ErrorRef,
      },
      summary: 'New vacancies; the search filters make any search a feed, `lang=en` an English one',
      description:
        'The newest first, 50 per page with the full text of each; `page` pages on (the feed links its next and ' +
        'previous pages: RSS with `atom:link`, Atom with `link`), through the 10,000 newest. A page past the last is a 404.',
    },
  });

  /** The feed's newest vacancies and what it says about itself. */
  const feed = async (
    query: typeof FeedQuery.static,
    self: string,
    log: { warn(obj: object, msg: string): void },
  ): Promise<[FeedSource, FeedVacancies, Date]> => {
    const { page: pageNumber = 1, lang = 'nl', ...asked } = query;
    const filters = withoutBlankValues(asked);
    // The radius has a default; without a place it says nothing.
    if (filters.near === undefined) delete filters.radiusKm;
    // Checked as the search checks them (a feeds review: "36–8 uur per week" was a feed).
    assertRangesInOrder(filters);
    const [{ vacancies, total, emptySince }, names] = await Promise.all([
      latestVacancies(app.searchIndex, app.db, filters, pageNumber, log),
      feedNames(app.db, filters satisfies FeedFilters, lang),
    ]);
    // A page past the last one is no feed (the first page of an empty search is: it may fill),
    // nor one past the engine's 10,000 (which the database's answer, when the engine is away, is not bound to).
    if ((pageNumber > 1 && vacancies.length === 0) || pageNumber > MAX_FEED_PAGE) throw notFound();
    const { title, description } = describeFeed(filters, lang, names);
    // The Atom id is the feed's address as the filters make it, without its page: the same feed
    // asked with its parameters in another order, or a blank one, is the same feed (a feeds review).
    const { page, atom: id } = feedAddresses(base, filters, lang);
    const lastPage = Math.min(Math.ceil(total / FEED_SIZE), MAX_FEED_PAGE);
    const paging = {
      first: pageAddress(self, 1),
      ...(pageNumber > 1 ? { previous: pageAddress(self, pageNumber - 1) } : {}),
      ...(pageNumber < lastPage ? { next: pageAddress(self, pageNumber + 1) } : {}),
    };
    const source = { base, self, id, page, lang, title, description, category: names.category, ...paging };
    return [source, vacancies, emptySince];
  };

  app.get('/feeds/vacancies.xml', feedSchema('rss'), async (request, reply) => {
    const [source, vacancies, emptySince] = await feed(request.query, `${base}${request.url}`, request.log);
    return reply.type('application/rss+xml; charset=utf-8').send(rssFeed(source, vacancies, emptySince));
  });

  app.get('/feeds/vacancies.atom', feedSchema('atom'), async (request, reply) => {
    const [source, vacancies, emptySince] = await feed(request.query, `${base}${request.url}`, request.log);
    return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(source, vacancies, emptySince));
  });

  // One sitemap while the pages fit in one; past that an index of parts (/sitemaps/1.xml, …).
  app.get(
    '/sitemap.xml',
    {
      config: { publicAnswer: true },
      schema: {
        tags: ['feeds'],
        summary: 'Every public page in both languages, or the index of the parts they are in',
        description: `Each page is listed in Dutch and English with the other as its alternate. Past ${SITEMAP_PAGES_PER_PART.toLocaleString('en')} pages (the protocol's 50,000 URLs) this is a sitemap index of \`/sitemaps/{part}.xml\`.`,
        response: {
          200: documentAnswer(
            'The sitemap (sitemaps.org 0.9), or the index of its parts',
            ['application/xml'],
            SITEMAP_EXAMPLE,
          ),
        },
      },
    },
    async (_request, reply) => {
      const parts = sitemapParts(await sitemapPages(app.db));
      const body =
        parts.length <= 1
          ? sitemap(base, parts[0] ?? [])
          : sitemapIndex(
              parts.map((pages, i) => ({ loc: `${base}/sitemaps/${i + 1}.xml`, lastmod: lastChange(pages) })),
            );
      return reply.type('application/xml; charset=utf-8').send(body);
    },
  );

  app.get(
    '/sitemaps/:part',
    {
      config: { publicAnswer: true },
      schema: {
        tags: ['feeds'],
        summary: 'One part of the sitemap, when the pages no longer fit in one',
        params: Type.Object({
          part: Type.String({ pattern: '^[1-9][0-9]{0,3}\\.xml$', description: 'The part, as `1.xml`, `2.xml`, …' }),
        }),
        response: {
          200: documentAnswer('One part of the sitemap (sitemaps.org 0.9)', ['application/xml'], SITEMAP_EXAMPLE),
          404: ErrorRef,
        },
      },
    },
    async (request, reply) => {
      const parts = sitemapParts(await sitemapPages(app.db));
      const pages = parts.length > 1 ? parts[Number.parseInt(request.params.part, 10) - 1] : undefined;
      if (!pages) throw notFound();
      return reply.type('application/xml; charset=utf-8').send(sitemap(base, pages));
    },
  );

  app.get('/robots.txt', { config: { publicAnswer: true }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(robots(base)),
  );
};

type FeedVacancies = FeedVacancy[];
