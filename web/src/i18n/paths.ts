/**
 * The public page addresses (API.md, "Public pages"), Dutch first with English mirrors
 * under /en/. Routes and links are both built from this table so they cannot drift apart.
 */
import { slugify } from '../lib/slug.ts';
import type { Lang } from './lang.ts';

export const segments = {
  vacancy: { nl: 'vacatures', en: 'vacancies' },
  organisation: { nl: 'organisaties', en: 'organisations' },
  members: { nl: 'deelnemers', en: 'members' },
  join: { nl: 'aanmelden', en: 'join' },
} as const satisfies Record<string, Record<Lang, string>>;

type Section = keyof typeof segments;

const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '');

export const paths = {
  home: (lang: Lang) => `${prefix(lang)}/`,
  /** `/vacatures/{id}-{slug}`: the slug only makes the address readable. */
  vacancy: (lang: Lang, id: string, title?: string) => {
    const slug = title ? slugify(title) : '';
    return `${prefix(lang)}/${segments.vacancy[lang]}/${id}${slug ? `-${slug}` : ''}`;
  },
  organisation: (lang: Lang, slug: string) =>
    `${prefix(lang)}/${segments.organisation[lang]}/${encodeURIComponent(slug)}`,
  members: (lang: Lang) => `${prefix(lang)}/${segments.members[lang]}`,
  join: (lang: Lang) => `${prefix(lang)}/${segments.join[lang]}`,
};

/**
 * The same page in another language: `/vacatures/x` ↔ `/en/vacancies/x`. The search keeps its
 * query string (it holds no language). Unknown addresses map to the other language's home.
 */
export function translatePath(pathname: string, search: string, from: Lang, to: Lang): string {
  const rest = from === 'en' ? pathname.replace(/^\/en(?=\/|$)/, '') : pathname;
  const [first = '', ...tail] = rest.split('/').filter(Boolean);
  if (!first) return `${paths.home(to)}${search}`;
  const section = (Object.keys(segments) as Section[]).find((key) => segments[key][from] === first);
  if (!section) return paths.home(to);
  const suffix = tail.length > 0 ? `/${tail.join('/')}` : '';
  return `${prefix(to)}/${segments[section][to]}${suffix}`;
}
