import { data, type LoaderFunctionArgs } from 'react-router';
import { ApiError, type RequestOptions } from '../../api/client.ts';
import type { ClosedVacancy, SearchHit, VacancyDetail } from '../../api/types.ts';
import { getClosedVacancy, getVacancy, searchVacancies } from '../../api/vacancies.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { paths } from '../../i18n/paths.ts';
import { vacancyIdFrom } from '../../lib/vacancy-id.ts';

export const SIMILAR_COUNT = 4;
export const ORGANISATION_COUNT = 5;

/** The organisation's other open vacancies, and how many it has in all (this one included). */
export interface OrganisationVacancies {
  hits: SearchHit[];
  total: number;
  /** More than `hits`: worth a link to the organisation's page. */
  hasMore: boolean;
}

export interface VacancyData {
  vacancy: VacancyDetail;
  /**
   * Not awaited, so they never hold up the vacancy itself. They resolve to null when the
   * search fails: these lists are extras, and a failure must not become an error page.
   */
  similar: Promise<SearchHit[] | null>;
  fromOrganisation: Promise<OrganisationVacancies | null>;
  /**
   * The search the page was loaded from ('?…', or ''), when the browser said so (the Referer,
   * sent within the portal only). A link from the results passes its search along in the
   * history state instead; this is the way back when the link was followed as plain HTML —
   * without scripts, or before they arrived.
   */
  backSearch: string;
}

/** An old link to a vacancy that is no longer open: the little that stays public, and similar open ones. */
export interface ClosedVacancyData {
  closed: ClosedVacancy;
  /** Not awaited, and null when the search fails, as on an open vacancy's page. */
  similar: Promise<SearchHit[] | null>;
}

export type VacancyPageData = VacancyData | ClosedVacancyData;

type Options = Omit<RequestOptions, 'params'>;

/**
 * Open vacancies in the same field of work, nearest first (the search's default radius), but
 * those the page lists already under its organisation's (`listedElsewhere`): one vacancy twice
 * on a page, under two headings, was a new user's finding. Asked for alongside that list.
 */
async function similarVacancies(
  vacancy: Pick<VacancyDetail, 'id' | 'category'> & { place: { municipalityCode: string } },
  options: Options,
  listedElsewhere: Promise<{ hits: readonly SearchHit[] } | null> = Promise.resolve(null),
): Promise<SearchHit[]> {
  const query = new URLSearchParams({
    category: vacancy.category,
    near: vacancy.place.municipalityCode,
    sort: 'distance',
    // Extra: the vacancy itself is usually among them, and some may be listed elsewhere.
    pageSize: String(SIMILAR_COUNT + 1 + ORGANISATION_COUNT),
  });
  const [{ hits }, elsewhere] = await Promise.all([searchVacancies(query, options), listedElsewhere]);
  const shown = new Set([vacancy.id, ...(elsewhere?.hits ?? []).map((hit) => hit.id)]);
  return hits.filter((hit) => !shown.has(hit.id)).slice(0, SIMILAR_COUNT);
}

async function organisationVacancies(vacancy: VacancyDetail, options: Options): Promise<OrganisationVacancies> {
  const query = new URLSearchParams({
    organisation: vacancy.organisation.slug,
    sort: 'newest',
    pageSize: String(ORGANISATION_COUNT + 1),
  });
  const { hits, total } = await searchVacancies(query, options);
  const others = hits.filter((hit) => hit.id !== vacancy.id);
  // `total` counts this vacancy too, unless the search has not indexed it (yet).
  const othersTotal = others.length < hits.length ? total - 1 : total;
  const shown = others.slice(0, ORGANISATION_COUNT);
  return { hits: shown, total, hasMore: othersTotal > shown.length };
}

/** The vacancy is not open: what stays of it when it was public once (else null, a plain 404). */
async function closedVacancy(id: string, options: Options): Promise<ClosedVacancyData | null> {
  const closed = await getClosedVacancy(id, options).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });
  return closed && { closed, similar: similarVacancies(closed, options).catch(() => null) };
}

/** The search (in either language) the request came from, by its Referer; '' when it came from elsewhere. */
function searchFromReferer(request: Request): string {
  const referer = request.headers.get('referer');
  if (!referer) return '';
  try {
    const from = new URL(referer);
    const fromSearch = from.pathname === paths.home('nl') || from.pathname === paths.home('en');
    return from.origin === new URL(request.url).origin && fromSearch ? from.search : '';
  } catch {
    return '';
  }
}

/**
 * The vacancy at the address; one that closed answers 410 (Gone) with its closed page (404 while
 * its member is suspended), one that never was public a 404.
 */
export async function vacancyLoader({ request, params }: LoaderFunctionArgs) {
  const id = vacancyIdFrom(params['idSlug']);
  if (!id) throw data(null, { status: 404 });
  const url = new URL(request.url);
  const options = { lang: langFromPathname(url.pathname), signal: request.signal };
  // The widget and the feeds link here with ?bron=widget / ?bron=feed: counted, never stored per visitor.
  const bron = url.searchParams.get('bron');
  let vacancy: VacancyDetail;
  try {
    vacancy = await getVacancy(id, options, bron === 'widget' || bron === 'feed' ? bron : undefined);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    // An old link (a saved page, a feed, a mail) to a vacancy that closed says so, and where to go on.
    const closed = await closedVacancy(id, options);
    // Away while its member is suspended, it may come back: not gone for good (server/src/pages/head.ts).
    if (closed) return data<VacancyPageData>(closed, { status: closed.closed.mayReturn ? 404 : 410 });
    throw data(null, { status: 404 });
  }
  const fromOrganisation = organisationVacancies(vacancy, options).catch(() => null);
  return data<VacancyPageData>({
    vacancy,
    similar: similarVacancies(vacancy, options, fromOrganisation).catch(() => null),
    fromOrganisation,
    backSearch: searchFromReferer(request),
  });
}
