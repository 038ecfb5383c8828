/**
 * The search lives in the address (`/?q=beleid&category=ict&page=2`). These functions
 * translate between that address, the search form and the API query, and are the one place
 * that knows which parameters exist.
 */

export const PAGE_SIZE = 20;

/** Filters offered as checkbox groups, in the order they are shown. */
export const FACET_KEYS = ['category', 'educationLevel', 'employmentType', 'region', 'organisation'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const SORT_OPTIONS = ['relevance', 'newest', 'closing', 'salary', 'distance'] as const;
export type SortOption = (typeof SORT_OPTIONS)[number];
export const DEFAULT_SORT: SortOption = 'relevance';

/**
 * An order that means something only around a place: nearest first, and best match, which the
 * address names there because around a place without words the API gives the nearest first.
 */
const isPlaceBoundSort = (value: string | null) => value === 'distance' || value === DEFAULT_SORT;

/** Repeatable exact filters: repeat a parameter for OR within it. */
const LIST_KEYS = [...FACET_KEYS, 'municipality'] as const;
const TEXT_KEYS = { q: 200, near: 100 } as const;
const INTEGER_KEYS = {
  salaryMin: [0, 100_000],
  salaryMax: [0, 100_000],
  scaleMin: [1, 18],
  scaleMax: [1, 18],
  hoursMin: [1, 40],
  hoursMax: [1, 40],
  postedWithinDays: [1, 365],
  page: [1, 1000],
} as const satisfies Record<string, readonly [number, number]>;
const NUMBER_KEYS = { radiusKm: [1, 300] } as const satisfies Record<string, readonly [number, number]>;

const entries = <T extends object>(o: T) => Object.entries(o) as [keyof T & string, T[keyof T]][];

/**
 * Does anything in the value show? A parameter of only spaces, control or zero-width characters
 * (a hand-edited link) is no words and no filter: the search would ignore it and the title would
 * name it as ‘’.
 */
// The server's list (server/src/text.ts), which the web app cannot import.
// eslint-disable-next-line no-control-regex -- finding those characters is the point
const SHOWN = /[^\s\u0000-\u001F\u007F-\u009F\u00AD\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u2800\u3164\uFEFF]/u;
const showsSomething = (value: string) => SHOWN.test(value);

/** The first `length` characters, counted as the API counts them: an emoji is not cut in two. */
const cut = (text: string, length: number) => Array.from(text).slice(0, length).join('');

function inRange(raw: string, [min, max]: readonly [number, number], integer: boolean): string | null {
  if (!/^\d+(\.\d+)?$/.test(raw.trim())) return null;
  const value = Number(raw);
  if ((integer && !Number.isInteger(value)) || value < min || value > max) return null;
  return String(value);
}

/** One parameter's value as `toApiParams` keeps it, or null when it would drop it. */
function cleanValue(key: string, raw: string): string | null {
  if (key in TEXT_KEYS) {
    const text = cut(raw.trim(), TEXT_KEYS[key as keyof typeof TEXT_KEYS]);
    return showsSomething(text) ? text : null;
  }
  if (key in INTEGER_KEYS) return inRange(raw, INTEGER_KEYS[key as keyof typeof INTEGER_KEYS], true);
  if (key in NUMBER_KEYS) return inRange(raw, NUMBER_KEYS[key as keyof typeof NUMBER_KEYS], false);
  return showsSomething(raw) ? raw.trim() : null;
}

export function isSortOption(value: string | null): value is SortOption {
  return (SORT_OPTIONS as readonly (string | null)[]).includes(value);
}

/**
 * The API query for an address: known parameters only, with empty and malformed values
 * dropped, so a hand-edited or outdated link still gives results instead of an error.
 */
export function toApiParams(address: URLSearchParams): URLSearchParams {
  const api = new URLSearchParams();
  for (const [key, maxLength] of entries(TEXT_KEYS)) {
    const value = address.get(key)?.trim();
    if (value && showsSomething(value)) api.set(key, cut(value, maxLength));
  }
  for (const key of LIST_KEYS) {
    for (const value of new Set(address.getAll(key))) if (showsSomething(value)) api.append(key, value.trim());
  }
  for (const [key, range] of entries(INTEGER_KEYS)) {
    const value = inRange(address.get(key) ?? '', range, true);
    if (value !== null) api.set(key, value);
  }
  for (const [key, range] of entries(NUMBER_KEYS)) {
    const value = inRange(address.get(key) ?? '', range, false);
    if (value !== null) api.set(key, value);
  }
  const sort = address.get('sort');
  if (isSortOption(sort) && (sort !== DEFAULT_SORT || api.has('near'))) api.set('sort', sort);
  return api;
}

/** The API query of the search page for an address: its parameters and the page size. */
export function searchApiParams(address: URLSearchParams, pageSize = PAGE_SIZE): URLSearchParams {
  const params = toApiParams(address);
  params.set('pageSize', String(pageSize));
  return params;
}

/**
 * The address for a submitted search form: empty fields and the default sort left out (but for
 * a place, see `isPlaceBoundSort`). Also for an address the form made without scripts (which
 * names every field), to move to this one.
 */
export function formToSearchParams(form: FormData | URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  const hasPlace = String(form.get('near') ?? '').trim() !== '';
  for (const [key, value] of form) {
    if (typeof value !== 'string' || !value.trim()) continue;
    // A radius or a distance order without a place would be a filter that does nothing.
    if (!hasPlace && (key === 'radiusKm' || (key === 'sort' && isPlaceBoundSort(value)))) continue;
    params.append(key, key === 'q' || key === 'near' ? value.trim() : value);
  }
  return params;
}

/** Filters with a control of their own in the filter panel besides the checkbox groups. */
export const RANGE_KEYS = ['near', 'radiusKm', 'hoursMin', 'scaleMin', 'salaryMin'] as const;

/** "At least" choices offered for hours per week and salary scale, and "at least" monthly salaries. */
export const HOURS_CHOICES = [16, 24, 32, 36] as const;
export const SCALE_CHOICES = [4, 6, 8, 10, 11, 12] as const;
export const SALARY_CHOICES = [2500, 3000, 3500, 4000, 4500, 5000, 6000] as const;
export const RADIUS_CHOICES = [5, 10, 15, 25, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 25;

/** The parameters of the address that the form has no visible control for, kept as hidden fields. */
export function hiddenFilters(address: URLSearchParams): [string, string][] {
  const api = toApiParams(address);
  const shown = new Set<string>(['q', 'sort', 'page', ...FACET_KEYS, ...RANGE_KEYS]);
  return [...api].filter(([key]) => !shown.has(key));
}

/**
 * The filters that narrow the search, one per removable chip: each repeated facet value on
 * its own, a place together with its radius. Taken from the cleaned API parameters, so a
 * malformed value in a hand-edited link never shows as a filter.
 */
export function activeFilters(address: URLSearchParams): { key: string; value: string }[] {
  const api = toApiParams(address);
  return [...api]
    .filter(([key]) => key !== 'q' && key !== 'sort' && key !== 'page' && key !== 'radiusKm')
    .map(([key, value]) => ({ key, value }));
}

/** The search without one filter (and without its page, which may no longer exist). */
export function withoutFilter(address: URLSearchParams, filter: { key: string; value: string }): string {
  const params = new URLSearchParams();
  for (const [key, value] of address) {
    // Compared as cleaned, the way the filter was listed ("hoursMin=032" is the 32 of its chip).
    if (key === 'page' || (key === filter.key && cleanValue(key, value) === filter.value)) continue;
    // A place goes with its radius, and its orders (`isPlaceBoundSort`) with it.
    if (filter.key === 'near' && (key === 'radiusKm' || (key === 'sort' && isPlaceBoundSort(value)))) continue;
    params.append(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The address without its place, and so without the radius and the orders that go with it. */
export function withoutPlace(address: URLSearchParams): URLSearchParams {
  return new URLSearchParams(
    [...address].filter(
      ([key, value]) => key !== 'near' && key !== 'radiusKm' && !(key === 'sort' && isPlaceBoundSort(value)),
    ),
  );
}

/**
 * The address without the words the search passed over (`unknownWords`: no vacancy has them with
 * the others; left out in front or at the end, each once): an alert or a feed runs its words as
 * they are, and with them it would stay empty or find what the page did not show.
 */
export function withoutUnknownWords(address: URLSearchParams, unknownWords: string | undefined): URLSearchParams {
  const q = address.get('q');
  if (!unknownWords || !q) return address;
  const words = q.trim().split(/\s+/);
  for (const word of unknownWords.trim().split(/\s+/)) {
    const at = words.indexOf(word);
    if (at >= 0) words.splice(at, 1);
  }
  const rest = words.join(' ');
  const without = new URLSearchParams(address);
  if (rest) without.set('q', rest);
  else without.delete('q');
  return without;
}

/**
 * The address an alert or a feed of this search should have: with the words as the search ran
 * them (`searchedAs`: its compounds taken apart), or without those it passed over; an alert or
 * a feed runs its words as they are.
 */
export function asSearched(
  address: URLSearchParams,
  result: { unknownWords?: string | undefined; searchedAs?: string | undefined },
): URLSearchParams {
  if (!result.searchedAs || !address.get('q')) return withoutUnknownWords(address, result.unknownWords);
  const searched = new URLSearchParams(address);
  searched.set('q', result.searchedAs);
  return searched;
}

/** The number of results an "at least N" choice gives: the counts per value at or above N. */
export function countAtLeast(counts: Readonly<Record<string, number>>, n: number): number {
  let sum = 0;
  for (const [value, count] of Object.entries(counts)) if (Number(value) >= n) sum += count;
  return sum;
}

/** How many filters narrow the search, for "2 filters actief". */
export function activeFilterCount(address: URLSearchParams): number {
  return activeFilters(address).length;
}

/** The same search on another page; page 1 is the address without `page`. */
export function withPage(address: URLSearchParams, page: number): string {
  const params = new URLSearchParams(address);
  if (page <= 1) params.delete('page');
  else params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The search without any filter: keeps only the words and the sort order. */
export function withoutFilters(address: URLSearchParams): string {
  const params = new URLSearchParams();
  const q = address.get('q')?.trim();
  const sort = address.get('sort');
  if (q) params.set('q', q);
  if (isSortOption(sort) && !isPlaceBoundSort(sort)) params.set('sort', sort);
  const search = params.toString();
  return search ? `?${search}` : '';
}
