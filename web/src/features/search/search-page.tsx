import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent, type MouseEvent } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, useNavigation, useSearchParams } from 'react-router';
import type { OrganisationNames } from '../../api/organisations.ts';
import type { FacetCounts, Suggestion, Taxonomies } from '../../api/types.ts';
import { focusesResults, PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { VacancyList } from '../../components/vacancy-list.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels, useTaxonomies } from '../../hooks/use-labels.ts';
import type { Lang } from '../../i18n/lang.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { alertQuery } from './alert-query.ts';
import { ActiveFilters, RESULT_COUNT_ID } from './active-filters.tsx';
import { FacetGroup, type FacetOption } from './facet-group.tsx';
import { facetValueLabel, type FilterLabelContext } from './filter-label.ts';
import { NoResults } from './no-results.tsx';
import { BeyondLastPage, Pagination } from './pagination.tsx';
import { DistanceFilter, HoursFilter, SalaryFilter, ScaleFilter } from './range-filters.tsx';
import { SearchBox } from './search-box.tsx';
import { SearchFeedLinks } from './search-feed-links.tsx';
import type { SearchData } from './search-loader.ts';
import {
  activeFilterCount,
  DEFAULT_RADIUS_KM,
  DEFAULT_SORT,
  FACET_KEYS,
  formToSearchParams,
  hiddenFilters,
  isSortOption,
  SORT_OPTIONS,
  toApiParams,
  withoutFilters,
  type FacetKey,
  type SortOption,
  withoutPlace,
  asSearched,
} from './search-params.ts';

const FORM_ID = 'zoeken';
/** From this width the filters sit in a column next to the results and start open. */
const WIDE_SCREEN = '(min-width: 60em)';

/** The values a filter can take, in the order of the code lists, before counts are known. */
function knownValues(key: FacetKey, taxonomies: Taxonomies | null, organisationNames: OrganisationNames): string[] {
  switch (key) {
    case 'category':
      return taxonomies?.categories.map((c) => c.code) ?? [];
    case 'educationLevel':
      return taxonomies?.educationLevels.map((c) => c.code) ?? [];
    case 'employmentType':
      return taxonomies?.employmentTypes.map((c) => c.code) ?? [];
    case 'region':
      return taxonomies?.regions ?? [];
    case 'organisation':
      return Object.keys(organisationNames);
  }
}

/** The options worth showing: values with results, and chosen ones even when they have none. */
function facetOptions(
  key: FacetKey,
  counts: FacetCounts,
  selected: ReadonlySet<string>,
  context: FilterLabelContext & { lang: Lang },
): FacetOption[] {
  const values = new Set([
    ...knownValues(key, context.taxonomies, context.organisationNames),
    ...Object.keys(counts),
    ...selected,
  ]);
  const options = [...values]
    .map((value) => ({
      value,
      label: facetValueLabel(key, value, context),
      // Own counts only: `?category=constructor` found the object's own constructor, "(NaN)".
      count: Object.hasOwn(counts, value) ? (counts[value] ?? 0) : 0,
    }))
    .filter((option) => option.count > 0 || selected.has(option.value));
  return key === 'organisation' ? options.sort((a, b) => a.label.localeCompare(b.label, context.lang)) : options;
}

/**
 * The home page: a GET search form whose state is the address, so every search can be
 * bookmarked and shared. It works as a plain form; with JavaScript, filters and sort apply
 * on change and the result count is announced in a live region.
 */
/**
 * Whether the result count should say "still": a screen reader announces the count's live region
 * only when its text changes, so a filter or sort that leaves the count as it was went unsaid.
 * Such an answer says "still", the next unchanged one the count alone again. Another page of the
 * same search is no new search (its count takes focus and is read anyway).
 */
function useStillCount(total: number, searchParams: URLSearchParams): boolean {
  const search = new URLSearchParams(searchParams);
  const page = search.get('page') ?? '1';
  search.delete('page');
  const key = search.toString();
  const [seen, setSeen] = useState({ key, page, total, still: false });
  if (seen.key === key && seen.page === page) return seen.still;
  // Another page is no new answer: its count is said without "still" (a job seeker's walk saw
  // "Still 92 vacancies found" on every page after a sort).
  const now = { key, page, total, still: seen.key !== key && seen.total === total && !seen.still };
  setSeen(now);
  return now.still;
}

/** Within this long of the last, a choice on the same select or radio group replaces it in the history. */
const CHOICE_MS = 3000;
/** A change this soon after a key press came from the keyboard. */
const KEYED_MS = 100;
/** Arrow keys step through a radio group or a select: the search waits this long for the next step. */
const STEP_PAUSE_MS = 500;

export function SearchPage() {
  const { result, organisationNames, unknownPlace, relaxations } = useLoaderData() as SearchData;
  const { lang, t, format } = useI18n();
  const labels = useLabels();
  const taxonomies = useTaxonomies();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const filtersRef = useRef<HTMLDetailsElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // The address is the state. The controls show a draft of it that changes the moment a
  // box is ticked (the router applies its navigations in a transition, later), and that
  // follows the address whenever it changes (back button, a link, the search finishing).
  const address = searchParams.toString();
  const q = searchParams.get('q') ?? '';
  const [draft, setDraft] = useState(address);
  const [shownAddress, setShownAddress] = useState(address);
  if (address !== shownAddress) {
    setShownAddress(address);
    setDraft(address);
  }
  const controls = new URLSearchParams(draft);
  // The range controls show cleaned values: a hand-edited "hoursMin=abc" is no choice at all.
  const chosen = toApiParams(controls);
  const isUpdating = navigation.state === 'loading' && navigation.location?.pathname === location.pathname;

  const sortParam = controls.get('sort');
  // The list shows the order the API gives (server/src/vacancies/service.ts): by distance only from
  // a place the portal knows, and around one without words nearest first even when none was chosen
  // (it offered a choice nothing followed, and said relevance of results nearest first: reviews).
  const knownPlace = Boolean(chosen.get('near')) && !unknownPlace;
  const fallback = knownPlace && !(controls.get('q') ?? '').trim() ? 'distance' : DEFAULT_SORT;
  const chosenSort = isSortOption(sortParam) && (sortParam !== 'distance' || knownPlace) ? sortParam : undefined;
  const sort = chosenSort ?? fallback;
  const sorts = SORT_OPTIONS.filter((option) => option !== 'distance' || knownPlace);
  // The order nobody chose is sent as none: words typed around a place then bring the best match
  // back, as the API gives it, instead of keeping the nearest first the list showed for no words.
  const sortValue = (option: SortOption) => (chosenSort === undefined && option === sort ? '' : option);
  // A place the portal does not know filters nothing: not counted, nor shown as a chip (it can still be cleared).
  const applied = unknownPlace ? withoutPlace(searchParams) : searchParams;
  const stillCount = useStillCount(result.total, applied);
  const activeFilters = activeFilterCount(applied);
  const anyFilterInAddress = activeFilterCount(searchParams) > 0;
  const placeNames = useMemo(() => taxonomies?.municipalities.map((m) => m.name) ?? [], [taxonomies]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));

  // The words as searched: words that show nothing (a stray control character) are none.
  const words = toApiParams(searchParams).get('q');
  const baseTitle = words ? t.search.titleFor(words) : t.search.title;
  useDocumentTitle(result.page > 1 ? `${baseTitle}, ${t.search.pageSuffix(result.page)}` : baseTitle);

  useEffect(() => {
    if (filtersRef.current && window.matchMedia(WIDE_SCREEN).matches) filtersRef.current.open = true;
  }, []);

  // Another page of the results: focus on its count, from where the next Tab reaches the first.
  useEffect(() => {
    if (focusesResults(location.state)) document.getElementById(RESULT_COUNT_ID)?.focus();
  }, [location.key, location.state]);

  // The arrow keys change a select or a radio group at every press: one press after another on
  // the same control is one step in the history, so Back does not walk through each of them.
  const lastChoice = useRef<{ name: string; at: number } | null>(null);
  const keyedAt = useRef(-Infinity);
  const pendingStep = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(pendingStep.current), []);
  // Back, Forward, a search sent or a suggestion picked: the next choice is a step of its own.
  useEffect(() => {
    const forget = () => (lastChoice.current = null);
    window.addEventListener('popstate', forget);
    return () => window.removeEventListener('popstate', forget);
  }, []);
  /**
   * Navigates to the search the form describes, after `adjust` (a picked suggestion) changed it.
   * `replace`: the step takes the place of the last one in the history instead of adding one.
   */
  const searchOf = (form: HTMLFormElement, adjust?: (params: URLSearchParams) => void) => {
    const params = formToSearchParams(new FormData(form));
    adjust?.(params);
    return params.toString();
  };
  const go = (search: string, replace = false) => {
    setDraft(search);
    void navigate(
      { pathname: paths.home(lang), search: search ? `?${search}` : '' },
      { preventScrollReset: true, state: PRESERVE_FOCUS, replace },
    );
  };
  const apply = (form: HTMLFormElement | null, adjust?: (params: URLSearchParams) => void, replace = false) => {
    if (form) go(searchOf(form, adjust), replace);
  };
  const onPick = (suggestion: Suggestion) => {
    lastChoice.current = null;
    apply(formRef.current, (params) => {
      if (suggestion.kind === 'title') {
        params.set('q', suggestion.label);
        return;
      }
      // An organisation or a place is a filter, not words to search for.
      params.delete('q');
      if (suggestion.kind === 'organisation') {
        if (!params.getAll('organisation').includes(suggestion.slug)) params.append('organisation', suggestion.slug);
      } else {
        params.set('near', suggestion.label);
        if (!params.has('radiusKm')) params.set('radiusKm', String(DEFAULT_RADIUS_KM));
      }
    });
  };
  const skipToResults = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(RESULT_COUNT_ID)?.focus();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearTimeout(pendingStep.current);
    lastChoice.current = null;
    apply(event.currentTarget);
  };
  const noteKey = () => {
    keyedAt.current = performance.now();
  };
  const onControlChange = (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const control = event.currentTarget;
    const stepwise = control instanceof HTMLSelectElement || control.type === 'radio';
    if (!control.form) return;
    // Read now: the control shows the draft, and React sets it back to that after this event.
    const search = searchOf(control.form);
    const choose = () => {
      pendingStep.current = undefined;
      const now = performance.now();
      const again = stepwise && lastChoice.current?.name === control.name && now - lastChoice.current.at < CHOICE_MS;
      lastChoice.current = stepwise ? { name: control.name, at: now } : null;
      go(search, again);
    };
    clearTimeout(pendingStep.current);
    // Arrow keys go through the choices one by one: each step searched, and the count was read out
    // again, four times on the way to "at least 36 hours" (a keyboard review). The choice moves at
    // once; the step the keys stop at searches, a moment after. A click searches at once.
    if (stepwise && performance.now() - keyedAt.current < KEYED_MS) {
      setDraft(search);
      pendingStep.current = setTimeout(choose, STEP_PAUSE_MS);
      return;
    }
    choose();
  };

  const context = { t, format, taxonomies, organisationNames, labels, lang, nearTown: result.nearTown };
  const facetGroup = (key: FacetKey) => {
    const selected = new Set(controls.getAll(key));
    return (
      <FacetGroup
        key={key}
        name={key}
        legend={t.search.facets[key]}
        options={facetOptions(key, result.facets[key], selected, context)}
        selected={selected}
        onChange={onControlChange}
      />
    );
  };

  return (
    <div className="search-page">
      <h1>{t.search.title}</h1>
      <p className="lead">{t.search.intro}</p>

      <div className="search-layout">
        <form
          id={FORM_ID}
          className="search-form"
          role="search"
          ref={formRef}
          method="get"
          action={paths.home(lang)}
          onSubmit={onSubmit}
          onKeyDown={noteKey}
        >
          <div className="field">
            <label htmlFor="search-q" className="field-label">
              {t.search.queryLabel}
            </label>
            <div className="search-bar">
              <SearchBox query={q} onPick={onPick} />
              <button type="submit" className="button">
                {t.search.submit}
              </button>
            </div>
          </div>

          {hiddenFilters(searchParams).map(([name, value], index) => (
            <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
          ))}

          <a
            id="naar-resultaten"
            className="skip-link skip-link-inline"
            href={`#${RESULT_COUNT_ID}`}
            onClick={skipToResults}
          >
            {t.search.skipToResults}
          </a>
          <details className="filters" ref={filtersRef}>
            <summary>
              {t.search.filters}
              {activeFilters > 0 ? (
                <span className="filters-active"> ({t.search.activeFilters(activeFilters)})</span>
              ) : null}
            </summary>
            <div className="filters-body">
              {facetGroup('category')}
              <DistanceFilter
                place={chosen.get('near') ?? ''}
                radiusKm={chosen.get('radiusKm') ?? ''}
                unknownPlace={unknownPlace}
                placeNames={placeNames}
                onChange={onControlChange}
              />
              <HoursFilter
                counts={result.facets.hoursMax}
                chosen={chosen.get('hoursMin') ?? ''}
                onChange={onControlChange}
              />
              <ScaleFilter
                counts={result.facets.salaryScale}
                chosen={chosen.get('scaleMin') ?? ''}
                onChange={onControlChange}
              />
              <SalaryFilter chosen={chosen.get('salaryMin') ?? ''} onChange={onControlChange} />
              {FACET_KEYS.filter((key) => key !== 'category').map(facetGroup)}
              <div className="filters-actions">
                <button type="submit" className="button button-secondary">
                  {t.search.applyFilters}
                </button>
                {anyFilterInAddress ? (
                  <Link to={{ pathname: paths.home(lang), search: withoutFilters(searchParams) }}>
                    {t.search.clearFilters}
                  </Link>
                ) : null}
              </div>
            </div>
          </details>
        </form>

        <div className={isUpdating ? 'search-results is-updating' : 'search-results'}>
          <div className="results-bar">
            <p className="result-count" role="status" id={RESULT_COUNT_ID} tabIndex={-1}>
              {(stillCount ? t.search.resultCountStill : t.search.resultCount)(
                result.total,
                format.number(result.total),
              )}
              {/* Said with the count: the notice under it is not read out when the results change. */}
              {unknownPlace ? (
                <span className="visually-hidden"> {t.search.ranges.unknownPlace(unknownPlace)}</span>
              ) : null}
              {result.unknownWords ? (
                <span className="visually-hidden"> {t.search.unknownWords(result.unknownWords)}</span>
              ) : null}
            </p>
            <div className="sort-field">
              <label htmlFor="search-sort">{t.search.sortLabel}</label>
              <select
                id="search-sort"
                name="sort"
                form={FORM_ID}
                value={sortValue(sort)}
                onChange={onControlChange}
                onKeyDown={noteKey}
              >
                {sorts.map((option) => (
                  <option key={option} value={sortValue(option)}>
                    {t.search.sort[option]}
                  </option>
                ))}
              </select>
            </div>
          </div>

          <ActiveFilters address={applied} context={context} />
          <p className="create-alert">
            {/* An unknown place is no part of the search made, nor of the alert that keeps it. */}
            <Link to={paths.alertNew(lang, alertQuery(asSearched(applied, result)))}>{t.search.createAlert}</Link>{' '}
            <span className="muted">{t.search.createAlertHint}</span>
          </p>
          {unknownPlace ? <p className="notice">{t.search.ranges.unknownPlace(unknownPlace)}</p> : null}
          {result.degraded ? <p className="notice">{t.search.degraded}</p> : null}
          {result.unknownWords ? <p className="notice">{t.search.unknownWords(result.unknownWords)}</p> : null}

          {result.hits.length > 0 ? (
            <VacancyList hits={result.hits} linkState={{ search: location.search }} />
          ) : result.total > 0 ? (
            <BeyondLastPage page={result.page} pages={pages} address={searchParams} />
          ) : (
            <NoResults address={searchParams} relaxations={relaxations} context={context} />
          )}

          <Pagination page={result.page} pages={pages} address={searchParams} />
          <SearchFeedLinks address={asSearched(searchParams, result)} context={context} unknownPlace={unknownPlace} />
        </div>
      </div>
    </div>
  );
}
