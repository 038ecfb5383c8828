/**
 * Members show their own open vacancies on their own websites: an embeddable, accessible
 * page for an iframe (`/widget/organisaties/{slug}`, English under /en/), plain HTML with
 * no script, linking to the portal; and `/widget.js`, a small script that places the iframe.
 *
 *   <script src="https://portal/widget.js" data-organisation="gemeente-tilburg" async></script>
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { documentAnswer } from '../contract/documents.ts';
import { WIDGET_EXAMPLE } from '../feeds/examples.ts';
import { logoUrl } from '../organisations/presenter.ts';
import { findPublicMember } from '../organisations/queries.ts';
import { searchPublicVacancies } from '../vacancies/service.ts';
import { escapeMarkup, vacancyPath } from '../text.ts';

const texts = {
  nl: {
    heading: 'Vacatures bij',
    none: 'Er zijn op dit moment geen open vacatures.',
    all: 'Alle vacatures op Samenwerven',
    closes: 'sluit',
    hours: 'uur',
    vacancies: (n: number) => (n === 1 ? '1 vacature' : `${n} vacatures`),
    unavailable: 'Via Samenwerven zijn hier op dit moment geen vacatures te zien.',
    portal: 'Naar Samenwerven',
  },
  en: {
    heading: 'Vacancies at',
    none: 'There are no open vacancies at the moment.',
    all: 'All vacancies on Samenwerven',
    closes: 'closes',
    hours: 'hours',
    vacancies: (n: number) => (n === 1 ? '1 vacancy' : `${n} vacancies`),
    unavailable: 'No vacancies can be shown here through Samenwerven at the moment.',
    portal: 'Go to Samenwerven',
  },
};

const DEFAULT_LIMIT = 10;
const DEFAULT_ACCENT = '#154273';

/** The widget's page, whatever it says, may be framed by any site: it runs no script and sets no cookie. */
function framable(reply: FastifyReply, base: string): FastifyReply {
  return reply
    .header(
      'content-security-policy',
      `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' ${new URL(base).origin}; frame-ancestors *; base-uri 'none'; form-action 'none'`,
    )
    .removeHeader('x-frame-options')
    .header('cross-origin-resource-policy', 'cross-origin')
    .type('text/html; charset=utf-8');
}

/**
 * A member's page shows the widget whatever it was asked: a limit or colour out of range falls back
 * to the default, and an organisation that is not (or no longer) a public member gets a short page
 * saying so. Refused as JSON, with the portal's own frame rules, it was a broken frame on the
 * member's site (reviews of the feeds and of the membership).
 */
function widgetSettings(query: unknown, failed: boolean): { limit: number; accent: string } {
  const asked = (query ?? {}) as { limit?: unknown; accent?: unknown };
  if (!failed) {
    return { limit: Number(asked.limit ?? DEFAULT_LIMIT), accent: String(asked.accent ?? DEFAULT_ACCENT) };
  }
  const limit = Number.parseInt(String(asked.limit ?? ''), 10);
  const accent = String(asked.accent ?? '');
  return {
    limit: Number.isInteger(limit) ? Math.min(50, Math.max(1, limit)) : DEFAULT_LIMIT,
    accent: /^#[0-9a-fA-F]{6}$/.test(accent) ? accent : DEFAULT_ACCENT,
  };
}

const shell = (lang: 'nl' | 'en', title: string, body: string, accent = DEFAULT_ACCENT) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(title)}</title>
<style>
body{margin:0;padding:1rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
h1{font-size:1.25rem;margin:0 0 .75rem}
ul{list-style:none;margin:0;padding:0}
li{padding:.6rem 0;border-bottom:1px solid #d0d5dd}
a{color:${accent};text-decoration:underline;font-weight:600}
a:focus{outline:3px solid #1a1a1a;outline-offset:2px}
span{display:block;color:#3d4451}
p{margin:.75rem 0 0}
img{display:block;max-width:100%;object-fit:contain;object-position:left center;margin:0 0 .5rem}
</style>
</head>
<body>
${body}
</body>
</html>
`;

export const widgetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const base = app.config.publicUrl;
  const Query = Type.Object({
    limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
    /** The member's own link colour (#rrggbb); links stay underlined, so colour is never the only cue. */
    accent: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
  });

  for (const [path, lang] of [
    ['/widget/organisaties/:slug', 'nl'],
    ['/en/widget/organisations/:slug', 'en'],
  ] as const) {
    app.get(
      path,
      {
        // A limit or colour out of range is not refused: the defaults are used (`widgetSettings`).
        attachValidation: true,
        schema: {
          tags: ['feeds'],
          summary: 'Embeddable list of one member’s open vacancies (for an iframe)',
          description:
            'Always a page to frame: a `limit` or `accent` out of range falls back to its default (10, #154273), ' +
            'and an organisation that is not a public member gets a short page saying no vacancies can be shown (404).',
          params: Type.Object({ slug: Type.String({ maxLength: 100 }) }),
          querystring: Query,
          response: {
            200: documentAnswer('A page of HTML, to show in an iframe on any site', ['text/html'], WIDGET_EXAMPLE),
            404: documentAnswer(
              'A short page to frame, saying no vacancies can be shown: the organisation is not a public member',
              ['text/html'],
              '<!doctype html><html lang="nl">…<p>Via Samenwerven zijn hier op dit moment geen vacatures te zien.</p>…</html>',
            ),
          },
        },
      },
      async (request, reply) => {
        const t = texts[lang];
        const { limit, accent } = widgetSettings(request.query, request.validationError !== undefined);
        const organisation = await findPublicMember(app.db, request.params.slug);
        if (!organisation) {
          const portal = `${base}${lang === 'en' ? '/en/' : '/'}`;
          const body = `<p>${t.unavailable}</p>\n<p><a href="${escapeMarkup(portal)}" target="_top">${t.portal}</a></p>`;
          return framable(reply.code(404), base)
            .header('cache-control', 'no-store')
            .send(shell(lang, t.portal, body, accent));
        }
        const { hits, total } = await searchPublicVacancies(
          app.searchIndex,
          app.db,
          { organisation: [organisation.slug], sort: 'newest', page: 1, pageSize: limit },
          request.log,
        );
        const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        });
        const items = hits
          .map(
            (
              v,
            ) => `<li><a href="${escapeMarkup(`${base}${vacancyPath(v, lang)}?bron=widget`)}" target="_top">${escapeMarkup(v.title)}</a>
<span>${escapeMarkup(v.place.municipalityName)} · ${v.hoursMin === v.hoursMax ? v.hoursMax : `${v.hoursMin}–${v.hoursMax}`} ${t.hours}${v.closingDate ? ` · ${t.closes} ${escapeMarkup(date.format(new Date(`${v.closingDate}T12:00:00Z`)))}` : ''}</span></li>`,
          )
          .join('\n');
        // Beside the heading that names the organisation, so alt="" (a screen reader would hear the
        // name twice); its box is fixed, so nothing moves when it arrives.
        const logo = logoUrl(base, organisation);
        const logoTag = logo ? `<img src="${escapeMarkup(logo)}" alt="" width="120" height="60">\n` : '';
        const title = `${t.heading} ${organisation.name}`;
        const page = shell(
          lang,
          title,
          `${logoTag}<h1>${escapeMarkup(title)}</h1>
${hits.length > 0 ? `<ul>\n${items}\n</ul>` : `<p>${t.none}</p>`}
<p><a href="${escapeMarkup(`${base}${lang === 'en' ? '/en/organisations/' : '/organisaties/'}${organisation.slug}`)}" target="_top">${t.all} (${t.vacancies(total)})</a></p>`,
          accent,
        );
        return framable(reply, base).header('cache-control', 'public, max-age=300').send(page);
      },
    );
  }

  app.get('/widget.js', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(
        `(function(){var s=document.currentScript;if(!s)return;var org=s.getAttribute('data-organisation');if(!org)return;` +
          `var lang=s.getAttribute('data-lang')==='en'?'en':'nl';var f=document.createElement('iframe');` +
          `f.src=${JSON.stringify(base)}+(lang==='en'?'/en/widget/organisations/':'/widget/organisaties/')+encodeURIComponent(org)+'?limit='+Math.min(50,Math.max(1,parseInt(s.getAttribute('data-limit')||'10',10)||10));` +
          `f.title=s.getAttribute('data-title')||(lang==='en'?'Vacancies':'Vacatures');f.loading='lazy';` +
          `f.style.cssText='width:100%;border:0;min-height:'+(s.getAttribute('data-height')||'480')+'px';s.parentNode.insertBefore(f,s);})();\n`,
      ),
  );
};
