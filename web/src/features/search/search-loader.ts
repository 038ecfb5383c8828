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

/** What the API refused of an address: whole parameters, single values (`key=value`), the place. */
interface Refusals {
  keys: Set<string>;
  values: Set<string>;
  place: boolean;
}

/**
 * Adds a 400's field names to what was refused. A field named with an index (`employmentType.1`)
 * is one value of a repeated filter, counted in the API query that was sent: only that value
 * goes, the filter's others stay.
 */
function addRefusals(address: URLSearchParams, fields: Record<string, string>, refusals: Refusals): void {
  const api = toApiParams(address);
  for (const field of Object.keys(fields)) {
    const [key = field, index] = field.split('.');
    const value = index === undefined ? undefined : api.getAll(key)[Number(index)];
    if (key === 'near') refusals.place = true;
    else if (value === undefined) refusals.keys.add(key);
    else refusals.values.add(`${key}=${value}`);
  }
}

/** The address without the refused parameters and values, and without the place when asked. */
function withoutRefusals(address: URLSearchParams, refusals: Refusals, dropPlace: boolean): URLSearchParams {
  // As the API got it (trimmed, cut to its length), the way `withoutFilter` compares it.
  const near = toApiParams(address).get('near');
  const kept =
    dropPlace && refusals.place && near
      ? new URLSearchParams(withoutFilter(address, { key: 'near', value: near }))
      : address;
  return new URLSearchParams(
    [...kept].filter(([key, value]) => !refusals.keys.has(key) && !refusals.values.has(`${key}=${value.trim()}`)),
  );
}

/**
 * Runs the search. What the API refuses of the address (a place it does not know, an employment
 * type the portal has not got: a hand-edited link, an old bookmark) is left out rather than
 * failing the page. `cleaned` is the address without the refused filters but with an unknown
 * place, which the page reports (and searches without).
 */
async function searchOrDropRefused(
  address: URLSearchParams,
  run: SearchRun,
): Promise<{
  result: SearchResponse;
  address: URLSearchParams;
  cleaned: URLSearchParams;
  unknownPlace: string | null;
}> {
  const refusals: Refusals = { keys: new Set(), values: new Set(), place: false };
  // The schema's refusals come before the place's: a few rounds, each leaving out what the last refused.
  for (let kept = address; ;) {
    try {
      const result = await runSearch(kept, run);
      const unknownPlace = refusals.place ? address.get('near') : null;
      return { result, address: kept, cleaned: withoutRefusals(address, refusals, false), unknownPlace };
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 400)) throw error;
      addRefusals(kept, error.fields, refusals);
      const fewer = withoutRefusals(address, refusals, true);
      if (fewer.toString() === kept.toString()) throw error;
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
  // A postcode stays the place searched around: its town is said beside it.
  params.set('near', place.postcode ?? place.name);
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
  const { result, address, cleaned, unknownPlace } = await searchOrDropRefused(url.searchParams, run);
  // A filter value the portal has not got goes from the address too: the chips, the boxes
  // ticked, the alert and the feeds then describe the search that was made.
  if (cleaned.toString() !== url.searchParams.toString()) throw redirect(addressOf(url.pathname, cleaned));
  // The search names the organisations it counts (none while the database is away: slugs then).
  const organisationNames: OrganisationNames = result.organisationNames ?? {};
  // The words named a place, which the search read as one: the address says so too, so the
  // distance filter shows it, as a chip that takes it away again.
  if (result.place && !address.get('near')) throw redirect(placeAddress(url.pathname, address, result.place));
  const relaxations = result.total === 0 ? await relaxationsFor(address, run).catch((): Relaxation[] => []) : [];
  const page: SearchData = { result, organisationNames, unknownPlace, relaxations };
  return result.hits.length === 0 && result.total > 0 ? data(page, { status: 404 }) : page;
}
