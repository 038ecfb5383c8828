import { describe, expect, it } from 'vitest';
import { SITEMAP_PAGES_PER_PART, sitemap, sitemapIndex, type SitemapPage } from './presenter.ts';
import { lastChange, sitemapParts } from './service.ts';

const page = (i: number): SitemapPage => ({
  paths: { nl: `/vacatures/${i}`, en: `/en/vacancies/${i}` },
  lastmod: new Date(Date.UTC(2026, 0, 1 + (i % 300))),
});

describe('the sitemap past the protocol’s limits', () => {
  it('splits the pages into parts of at most 50,000 URLs, in order, and dates each by its latest change', () => {
    const pages = Array.from({ length: 2 * SITEMAP_PAGES_PER_PART + 7 }, (_, i) => page(i));
    const parts = sitemapParts(pages);
    expect(parts.map((part) => part.length)).toEqual([SITEMAP_PAGES_PER_PART, SITEMAP_PAGES_PER_PART, 7]);
    expect(parts.flat()).toEqual(pages);
    for (const part of parts) {
      const xml = sitemap('https://werken.example', part);
      expect(xml.match(/<url>/g)).toHaveLength(part.length * 2);
      expect(xml.match(/<url>/g)!.length).toBeLessThanOrEqual(50_000);
      expect(Buffer.byteLength(xml)).toBeLessThan(50 * 1024 * 1024);
    }
    expect(lastChange(parts[2]!)?.toISOString()).toBe(
      new Date(Math.max(...parts[2]!.map((p) => p.lastmod!.getTime()))).toISOString(),
    );
    expect(sitemapParts([]).length).toBe(0);
  });

  it('lists the parts in an index', () => {
    const xml = sitemapIndex([
      { loc: 'https://werken.example/sitemaps/1.xml', lastmod: new Date('2026-11-30T10:00:00Z') },
      { loc: 'https://werken.example/sitemaps/2.xml' },
    ]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(
      '<sitemap><loc>https://werken.example/sitemaps/1.xml</loc><lastmod>2026-11-30</lastmod></sitemap>',
    );
    expect(xml).toContain('<sitemap><loc>https://werken.example/sitemaps/2.xml</loc></sitemap>');
  });
});
