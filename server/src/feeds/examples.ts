/** Short examples of the feeds and the sitemap, for the OpenAPI document (`documentAnswer`). */

export const RSS_EXAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Vacatures bij Samenwerven</title>
<link>https://werken.example/vacatures</link>
<description>De nieuwste vacatures</description>
<language>nl</language>
<atom:link href="https://werken.example/feeds/vacancies.xml" rel="self" type="application/rss+xml"/>
<atom:link href="https://werken.example/feeds/vacancies.xml?page=2" rel="next" type="application/rss+xml"/>
<item>
<title>Beleidsadviseur wonen</title>
<link>https://werken.example/vacatures/3f1c2a8e-5b7d-4c9e-8a61-2d4b6f8e0c13-beleidsadviseur-wonen</link>
<guid isPermaLink="false">3f1c2a8e-5b7d-4c9e-8a61-2d4b6f8e0c13</guid>
<pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate>
<description>&lt;p&gt;…&lt;/p&gt;</description>
</item>
</channel>
</rss>
`;

export const ATOM_EXAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<title>Vacatures bij Samenwerven</title>
<id>https://werken.example/feeds/vacancies.atom</id>
<link href="https://werken.example/feeds/vacancies.atom" rel="self"/>
<link href="https://werken.example/feeds/vacancies.atom?page=2" rel="next"/>
<updated>2026-12-07T09:00:00Z</updated>
<entry>
<title>Beleidsadviseur wonen</title>
<id>urn:uuid:3f1c2a8e-5b7d-4c9e-8a61-2d4b6f8e0c13</id>
<link href="https://werken.example/vacatures/3f1c2a8e-5b7d-4c9e-8a61-2d4b6f8e0c13-beleidsadviseur-wonen"/>
<updated>2026-12-07T09:00:00Z</updated>
<content type="html">&lt;p&gt;…&lt;/p&gt;</content>
</entry>
</feed>
`;

export const SITEMAP_EXAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url>
<loc>https://werken.example/vacatures/3f1c2a8e-5b7d-4c9e-8a61-2d4b6f8e0c13-beleidsadviseur-wonen</loc>
<lastmod>2026-12-07</lastmod>
<xhtml:link rel="alternate" hreflang="en" href="https://werken.example/en/vacancies/3f1c2a8e-5b7d-4c9e-8a61-2d4b6f8e0c13-beleidsadviseur-wonen"/>
</url>
</urlset>
`;

export const WIDGET_EXAMPLE = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Vacatures bij Gemeente Tilburg</title></head>
<body>
<h1>Vacatures bij Gemeente Tilburg</h1>
<ul>
<li><a href="https://werken.example/vacatures/3f1c2a8e-5b7d-4c9e-8a61-2d4b6f8e0c13-beleidsadviseur-wonen?bron=widget" target="_top">Beleidsadviseur wonen</a>
<span>Tilburg · 36 uur · sluit 31 december 2026</span></li>
</ul>
</body>
</html>
`;
