/**
 * A search as a feed: which filters a page address holds (checked against the search's own
 * query schema, so a feed and the search never read an address differently), the feed's
 * addresses for them, and the feed's title and description in words, in the feed's language
 * ("Vacatures voor ‘beleid’ in ICT binnen 25 km van Tilburg — Samenwerven").
 */
import { AjvCompiler } from '@fastify/ajv-compiler';
import { Type, type TSchema } from '@sinclair/typebox';
import {
  educationLevels,
  employmentTypes,
  municipalityByCode,
  municipalityByName,
  type Executor,
} from '@samenwerven/db';
import { validatorOptions } from '../contract/validation.ts';
import { SearchQuery } from '../vacancies/schemas.ts';
import { postcodeTown, resolvePlace } from '../vacancies/service.ts';
import { listCategories } from '../taxonomies/queries.ts';
import { organisationNames } from './queries.ts';
import { cutText, showsSomething } from '../text.ts';

export type FeedLang = 'nl' | 'en';

/** The feed's filters: a search's, without its paging and order (a feed is always the newest). */
export type FeedFilters = Omit<SearchQuery, 'page' | 'pageSize' | 'sort'>;

type FilterKey = keyof FeedFilters;

/** The search's parameters a feed takes, in the order of the search's query schema. */
export const FEED_FILTER_KEYS = Object.keys(SearchQuery.properties).filter(
  (key) => key !== 'page' && key !== 'pageSize' && key !== 'sort',
) as FilterKey[];

const DEFAULT_RADIUS_KM = 25;

/**
 * One check per parameter, by the search route's own schema and with the coercion of an
 * address (text to numbers, one value to a list), so one bad value costs only itself.
 */
const compile = AjvCompiler()({}, { customOptions: { ...validatorOptions, coerceTypes: 'array' } });
const checks = new Map(
  FEED_FILTER_KEYS.map((key) => {
    const schema = Type.Object({ [key]: SearchQuery.properties[key] as TSchema }, { additionalProperties: false });
    return [key, compile({ schema, method: 'GET', url: '(feed)', httpPart: 'querystring' })] as const;
  }),
);

/**
 * The filters of a page address (`/?q=beleid&category=ict`), each checked against the
 * search's schema: a malformed or unknown value is left out, as the search page leaves it
 * out, so a hand-edited address still gets a feed. A place the search does not know is left
 * out with its radius (the page shows its results without it).
 */
export function feedFiltersFromAddress(address: URLSearchParams): FeedFilters {
  const filters: Record<string, unknown> = {};
  for (const key of FEED_FILTER_KEYS) {
    // Words and a place too long are cut, as the search page cuts them.
    const maxLength = (SearchQuery.properties[key] as TSchema)['maxLength'] as number | undefined;
    // A value that shows nothing (a stray control character) is no filter, nor words to name.
    const values = [...new Set(address.getAll(key).map((value) => cutText(value.trim(), maxLength)))].filter(
      showsSomething,
    );
    if (values.length === 0) continue;
    const data: Record<string, unknown> = { [key]: values.length === 1 ? values[0] : values };
    if (checks.get(key)!(data) === true) filters[key] = data[key];
  }
  const result = filters as FeedFilters;
  if (result.near !== undefined && !resolvePlace(result.near)) delete result.near;
  if (result.near === undefined) delete result.radiusKm;
  return result;
}

/** The feed's query string for filters: the search's parameters, and `lang=en` for English. */
export function feedQuery(filters: FeedFilters, lang: FeedLang): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FEED_FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, String(item));
  }
  if (lang === 'en') query.set('lang', 'en');
  return query;
}

export interface FeedAddresses {
  rss: string;
  atom: string;
  /** The search page that shows the same vacancies, in the feed's language. */
  page: string;
}

export function feedAddresses(base: string, filters: FeedFilters, lang: FeedLang): FeedAddresses {
  const query = feedQuery(filters, lang).toString();
  const search = feedQuery(filters, 'nl').toString();
  // One organisation and nothing else: its own page lists the same vacancies.
  const only = Object.keys(filters).length === 1 && filters.organisation?.length === 1 ? filters.organisation[0] : null;
  return {
    rss: `${base}/feeds/vacancies.xml${query ? `?${query}` : ''}`,
    atom: `${base}/feeds/vacancies.atom${query ? `?${query}` : ''}`,
    page: only
      ? `${base}${lang === 'en' ? '/en/organisations/' : '/organisaties/'}${only}`
      : `${base}${lang === 'en' ? '/en/' : '/'}${search ? `?${search}` : ''}`,
  };
}

/** The names a feed needs: of the job fields, and of the organisations the filters name. */
export interface FeedNames {
  category(code: string): string;
  organisation(slug: string): string;
}

const words = {
  nl: {
    all: 'Nieuwe vacatures',
    some: 'Vacatures',
    or: 'of',
    q: (q: string) => `voor ‘${q}’`,
    in: (names: string) => `in ${names}`,
    at: (names: string) => `bij ${names}`,
    near: (km: string, place: string) => `binnen ${km} km van ${place}`,
    postcode: (postcode: string, town: string | undefined) => `postcode ${postcode}${town ? ` in ${town}` : ''}`,
    hours: (min?: number, max?: number) =>
      min && max ? `${min}–${max} uur per week` : min ? `minimaal ${min} uur per week` : `maximaal ${max} uur per week`,
    scale: (min?: number, max?: number) =>
      min && max ? `schaal ${min}–${max}` : min ? `vanaf schaal ${min}` : `tot en met schaal ${max}`,
    salary: (min?: string, max?: string) =>
      min && max
        ? `salaris ${min}–${max} per maand`
        : min
          ? `salaris minimaal ${min} per maand`
          : `salaris tot ${max} per maand`,
    posted: (days: number) => `geplaatst in de laatste ${days} dagen`,
    description: (what: string) => `De nieuwste ${what} op Samenwerven, het vacatureportaal van overheden in de regio.`,
  },
  en: {
    all: 'New vacancies',
    some: 'Vacancies',
    or: 'or',
    q: (q: string) => `for ‘${q}’`,
    in: (names: string) => `in ${names}`,
    at: (names: string) => `at ${names}`,
    near: (km: string, place: string) => `within ${km} km of ${place}`,
    postcode: (postcode: string, town: string | undefined) => `postcode ${postcode}${town ? ` in ${town}` : ''}`,
    hours: (min?: number, max?: number) =>
      min && max ? `${min}–${max} hours a week` : min ? `at least ${min} hours a week` : `at most ${max} hours a week`,
    scale: (min?: number, max?: number) =>
      min && max ? `scale ${min}–${max}` : min ? `scale ${min} or higher` : `scale ${max} or lower`,
    salary: (min?: string, max?: string) =>
      min && max
        ? `salary ${min}–${max} a month`
        : min
          ? `salary at least ${min} a month`
          : `salary up to ${max} a month`,
    posted: (days: number) => `posted in the last ${days} days`,
    description: (what: string) => `The newest ${what} on Samenwerven, the job portal of the region’s public bodies.`,
  },
} as const;

const money = (lang: FeedLang, euros: number) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(euros);

function placeName(near: string): string | undefined {
  const text = near.trim();
  if (/^\d{4}$/.test(text)) return undefined;
  return (municipalityByCode(text) ?? municipalityByName(text))?.name;
}

/** The search in words: the feed's title (with the site's name) and its description. */
export function describeFeed(
  filters: FeedFilters,
  lang: FeedLang,
  names: FeedNames,
): { title: string; description: string } {
  const w = words[lang];
  const list = (values: readonly string[]) =>
    values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} ${w.or} ${values.at(-1)}`;
  const parts: string[] = [];
  if (filters.q?.trim()) parts.push(w.q(filters.q.trim()));
  if (filters.category?.length) parts.push(w.in(list(filters.category.map(names.category))));
  if (filters.organisation?.length) parts.push(w.at(list(filters.organisation.map(names.organisation))));
  const places = [
    ...(filters.municipality ?? []).map((code) => municipalityByCode(code)?.name ?? code),
    ...(filters.region ?? []),
  ];
  if (places.length) parts.push(w.in(list(places)));
  if (filters.near !== undefined) {
    const near = filters.near.trim();
    const km = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL').format(filters.radiusKm ?? DEFAULT_RADIUS_KM);
    // A postcode with its town, as the search page's chip says it: "postcode 5038 in Tilburg".
    parts.push(w.near(km, placeName(near) ?? w.postcode(near, postcodeTown(near))));
  }
  const details: string[] = [];
  if (filters.educationLevel?.length)
    details.push(list(filters.educationLevel.map((level) => educationLevels[level][lang])));
  if (filters.employmentType?.length)
    details.push(list(filters.employmentType.map((type) => employmentTypes[type][lang].toLowerCase())));
  if (filters.hoursMin || filters.hoursMax) details.push(w.hours(filters.hoursMin, filters.hoursMax));
  if (filters.scaleMin || filters.scaleMax) details.push(w.scale(filters.scaleMin, filters.scaleMax));
  if (filters.salaryMin !== undefined || filters.salaryMax !== undefined)
    details.push(
      w.salary(
        filters.salaryMin === undefined ? undefined : money(lang, filters.salaryMin),
        filters.salaryMax === undefined ? undefined : money(lang, filters.salaryMax),
      ),
    );
  if (filters.postedWithinDays) details.push(w.posted(filters.postedWithinDays));
  const what = [w.some, ...parts, ...(details.length ? [`(${details.join(', ')})`] : [])].join(' ');
  return {
    title: `${parts.length || details.length ? what : w.all} — Samenwerven`,
    description: w.description(what.charAt(0).toLowerCase() + what.slice(1)),
  };
}

/** The job fields' names in the feed's language, and the names of the organisations the filters name. */
export async function feedNames(db: Executor, filters: FeedFilters, lang: FeedLang): Promise<FeedNames> {
  const [categories, organisations] = await Promise.all([
    listCategories(db),
    organisationNames(db, filters.organisation ?? []),
  ]);
  const categoryNames = new Map(categories.map((c) => [c.code, lang === 'en' ? c.nameEn : c.nameNl]));
  return {
    category: (code) => categoryNames.get(code) ?? code,
    organisation: (slug) => organisations.get(slug) ?? slug,
  };
}
