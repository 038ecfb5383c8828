import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { OrganisationNames } from '../../api/organisations.ts';
import type { SearchResponse } from '../../api/types.ts';
import { searchVacancies } from '../../api/vacancies.ts';
import { langFromPathname, type Lang } from '../../i18n/lang.ts';
import { activeFilters, formToSearchParams, searchApiParams, toApiParams, withoutFilter } from './search-params.ts';

/** A way out of an empty result: the same search without one filter, and what it would find. */
export interface Relaxation {
  filter: { key: string; value: string };
  /** The address of the relaxed search (`?…`). */
  search: string;
  total: number;
}

export interface SearchData {
  result: SearchResponse;
  /** Names for the organisation filter, whose facet counts come by slug (from the search itself). */
  organisationNames: OrganisationNames;
  /** `near` named no place we know; the results are shown without it. */
  unknownPlace: string | null;
  /** Only when nothing was found: each filter that, left out, would find something. */
  relaxations: Relaxation[];
}

/** At most this many extra counts are asked for, so an empty page never costs much. */
const MAX_RELAXATIONS = 6;

interface SearchRun {
  lang: Lang;
  signal: AbortSignal;
}

function runSearch(address: URLSearchParams, run: SearchRun, pageSize?: number): Promise<SearchResponse> {
  return searchVacancies(searchApiParams(address, pageSize), run);
}

/**
 * The address without what the API refused in it. A field named with an index
 * (`employmentType.1`) is one value of a repeated filter, counted in the API query: only that
 * value goes, the filter's others stay.
 */
function withoutRefused(address: URLSearchParams, fields: Record<string, string>): URLSearchParams {
  const api = toApiParams(address);
  const refusedKeys = new Set<string>();
  const refusedValues = new Set<string>();
  for (const field of Object.keys(fields)) {
    const [key = field, index] = field.split('.');
    const value = index === undefined ? undefined : api.getAll(key)[Number(index)];
    if (value === undefined) refusedKeys.add(key);
    else refusedValues.add(`${key}=${value}`);
  }
  const near = address.get('near');
  let kept = address;
  if (refusedKeys.has('near') && near) kept = new URLSearchParams(withoutFilter(kept, { key: 'near', value: near }));
  return new URLSearchParams(
    [...kept].filter(
      ([key, value]) => key === 'near' || !(refusedKeys.has(key) || refusedValues.has(`${key}=${value.trim()}`)),
    ),
  );
}

/**
 * Runs the search. What the API refuses of the address (a place it does not know, an employment
 * type the portal has not got: a hand-edited link, an old bookmark) is left out rather than
 * failing the page, and an unknown place is reported.
 */
async function searchOrDropRefused(
  address: URLSearchParams,
  run: SearchRun,
): Promise<{ result: SearchResponse; address: URLSearchParams; unknownPlace: string | null }> {
  let unknownPlace: string | null = null;
  // The schema's refusals come before the place's: a few rounds, each leaving out what the last refused.
  for (let kept = address; ;) {
    try {
      return { result: await runSearch(kept, run), address: kept, unknownPlace };
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 400)) throw error;
      const fewer = withoutRefused(kept, error.fields);
      if (fewer.toString() === kept.toString()) throw error;
      if (error.fields['near']) unknownPlace = kept.get('near');
      kept = fewer;
    }
  }
}

async function relaxationsFor(address: URLSearchParams, run: SearchRun): Promise<Relaxation[]> {
  const q = address.get('q')?.trim();
  const filters = [...(q ? [{ key: 'q', value: q }] : []), ...activeFilters(address)].slice(0, MAX_RELAXATIONS);
  const relaxed = await Promise.all(
    filters.map(async (filter) => {
      const search = withoutFilter(address, filter);
      const { total } = await runSearch(new URLSearchParams(search), run, 1);
      return { filter, search, total };
    }),
  );
  return relaxed.filter((r) => r.total > 0).sort((a, b) => b.total - a.total);
}

function addressOf(pathname: string, params: URLSearchParams): string {
  return params.size > 0 ? `${pathname}?${params.toString()}` : pathname;
}

/** The address of a search whose words named a place: the words without it, and the place as `near`. */
function placeAddress(pathname: string, address: URLSearchParams, place: NonNullable<SearchResponse['place']>): string {
  const params = new URLSearchParams(address);
  if (place.q) params.set('q', place.q);
  else params.delete('q');
  params.set('near', place.name);
  params.set('radiusKm', String(place.radiusKm));
  params.delete('page');
  return addressOf(pathname, params);
}

/**
 * Runs the search the address describes. A page past the last one (an old link) is shown with
 * a way back, as a 404: there is nothing at that address.
 */
export async function searchLoader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // The search form sent without scripts names every field, the empty ones and the defaults too:
  // the page moves to the address the form makes with scripts, the one a link to this search has.
  const formAddress = formToSearchParams(url.searchParams);
  if (formAddress.toString() !== url.searchParams.toString()) throw redirect(addressOf(url.pathname, formAddress));
  const run = { lang: langFromPathname(url.pathname), signal: request.signal };
  const { result, address, unknownPlace } = await searchOrDropRefused(url.searchParams, run);
  // The search names the organisations it counts (none while the database is away: slugs then).
  const organisationNames: OrganisationNames = result.organisationNames ?? {};
  // The words named a place, which the search read as one: the address says so too, so the
  // distance filter shows it, as a chip that takes it away again.
  if (result.place && !address.get('near')) throw redirect(placeAddress(url.pathname, address, result.place));
  const relaxations = result.total === 0 ? await relaxationsFor(address, run).catch((): Relaxation[] => []) : [];
  const page: SearchData = { result, organisationNames, unknownPlace, relaxations };
  return result.hits.length === 0 && result.total > 0 ? data(page, { status: 404 }) : page;
}
