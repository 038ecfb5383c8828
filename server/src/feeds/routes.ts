/**
 * Open data for readers, aggregators and crawlers: RSS and Atom feeds of new vacancies
 * (any search can be a feed: the same filters as the search API), /sitemap.xml and
 * /robots.txt. Only what the public search shows appears here.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SearchQuery } from '../vacancies/schemas.ts';
import { atomFeed, robots, rssFeed, sitemap } from './presenter.ts';
import { latestVacancies, sitemapPages } from './service.ts';

export const feedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const base = app.config.publicUrl;
  const feedSchema = {
    schema: {
      tags: ['feeds'],
      querystring: SearchQuery,
      summary: 'New vacancies; the search filters make any search a feed',
    },
  };

  app.get('/feeds/vacancies.xml', feedSchema, async (request, reply) => {
    const { page: _page, pageSize: _size, sort: _sort, ...filters } = request.query;
    const vacancies = await latestVacancies(app.searchIndex, app.db, filters, request.log);
    return reply
      .type('application/rss+xml; charset=utf-8')
      .send(rssFeed({ base, self: `${base}${request.url}` }, vacancies));
  });

  app.get('/feeds/vacancies.atom', feedSchema, async (request, reply) => {
    const { page: _page, pageSize: _size, sort: _sort, ...filters } = request.query;
    const vacancies = await latestVacancies(app.searchIndex, app.db, filters, request.log);
    return reply
      .type('application/atom+xml; charset=utf-8')
      .send(atomFeed({ base, self: `${base}${request.url}` }, vacancies, new Date()));
  });

  app.get('/sitemap.xml', { schema: { tags: ['feeds'], summary: 'Every public page' } }, async (_request, reply) =>
    reply.type('application/xml; charset=utf-8').send(sitemap(await sitemapPages(app.db, base))),
  );

  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(robots(base)),
  );
};
