import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, useNavigation, useSearchParams } from 'react-router';
import type { FacetCounts, Taxonomies } from '../../api/types.ts';
import { PRESERVE_FOCUS } from '../../app/focus-state.ts';
import { VacancyList } from '../../components/vacancy-list.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels, useTaxonomies, type Labels } from '../../hooks/use-labels.ts';
import type { Lang } from '../../i18n/lang.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { FacetGroup, type FacetOption } from './facet-group.tsx';
import { Pagination } from './pagination.tsx';
import type { SearchData } from './search-loader.ts';
import {
  activeFilterCount,
  DEFAULT_SORT,
  FACET_KEYS,
  formToSearchParams,
  hiddenFilters,
  isSortOption,
  SORT_OPTIONS,
  withoutFilters,
  type FacetKey,
} from './search-params.ts';

const FORM_ID = 'zoeken';
/** From this width the filters sit in a column next to the results and start open. */
const WIDE_SCREEN = '(min-width: 60em)';

/** The values a filter can take, in the order of the code lists, before counts are known. */
function knownValues(
  key: FacetKey,
  taxonomies: Taxonomies | null,
  organisationNames: ReadonlyMap<string, string>,
): string[] {
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
      return [...organisationNames.keys()];
  }
}

function labelFor(
  key: FacetKey,
  value: string,
  labels: Labels,
  organisationNames: ReadonlyMap<string, string>,
): string {
  switch (key) {
    case 'category':
      return labels.category(value);
    case 'educationLevel':
      return labels.educationLevel(value);
    case 'employmentType':
      return labels.employmentType(value);
    case 'region':
      return value;
    case 'organisation':
      return organisationNames.get(value) ?? value;
  }
}

/** The options worth showing: values with results, and chosen ones even when they have none. */
function facetOptions(
  key: FacetKey,
  counts: FacetCounts,
  selected: ReadonlySet<string>,
  context: {
    taxonomies: Taxonomies | null;
    organisationNames: ReadonlyMap<string, string>;
    labels: Labels;
    lang: Lang;
  },
): FacetOption[] {
  const values = new Set([
    ...knownValues(key, context.taxonomies, context.organisationNames),
    ...Object.keys(counts),
    ...selected,
  ]);
  const options = [...values]
    .map((value) => ({
      value,
      label: labelFor(key, value, context.labels, context.organisationNames),
      count: counts[value] ?? 0,
    }))
    .filter((option) => option.count > 0 || selected.has(option.value));
  return key === 'organisation' ? options.sort((a, b) => a.label.localeCompare(b.label, context.lang)) : options;
}

/**
 * The home page: a GET search form whose state is the address, so every search can be
 * bookmarked and shared. It works as a plain form; with JavaScript, filters and sort apply
 * on change and the result count is announced in a live region.
 */
export function SearchPage() {
  const { result, organisationNames } = useLoaderData() as SearchData;
  const { lang, t, format } = useI18n();
  const labels = useLabels();
  const taxonomies = useTaxonomies();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const filtersRef = useRef<HTMLDetailsElement>(null);

  // The address is the state. The controls show a draft of it that changes the moment a
  // box is ticked (the router applies its navigations in a transition, later), and that
  // follows the address whenever it changes (back button, a link, the search finishing).
  const address = searchParams.toString();
  const q = searchParams.get('q') ?? '';
  const [draft, setDraft] = useState(address);
  const [query, setQuery] = useState(q);
  const [shownAddress, setShownAddress] = useState(address);
  if (address !== shownAddress) {
    setShownAddress(address);
    setDraft(address);
    setQuery(q);
  }
  const controls = new URLSearchParams(draft);
  const isUpdating = navigation.state === 'loading' && navigation.location?.pathname === location.pathname;

  const sortParam = controls.get('sort');
  const sort = isSortOption(sortParam) ? sortParam : DEFAULT_SORT;
  const sorts = SORT_OPTIONS.filter((option) => option !== 'distance' || controls.get('near') || sort === 'distance');
  const activeFilters = activeFilterCount(searchParams);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));

  const baseTitle = q ? t.search.titleFor(q) : t.search.title;
  useDocumentTitle(result.page > 1 ? `${baseTitle}, ${t.search.pageSuffix(result.page)}` : baseTitle);

  useEffect(() => {
    if (filtersRef.current && window.matchMedia(WIDE_SCREEN).matches) filtersRef.current.open = true;
  }, []);

  const apply = (form: HTMLFormElement | null) => {
    if (!form) return;
    const search = formToSearchParams(new FormData(form)).toString();
    setDraft(search);
    void navigate(
      { pathname: paths.home(lang), search: search ? `?${search}` : '' },
      { preventScrollReset: true, state: PRESERVE_FOCUS },
    );
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const onControlChange = (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => apply(event.currentTarget.form);

  const context = { taxonomies, organisationNames, labels, lang };

  return (
    <div className="search-page">
      <h1>{t.search.title}</h1>
      <p className="lead">{t.search.intro}</p>

      <div className="search-layout">
        <form
          id={FORM_ID}
          className="search-form"
          role="search"
          method="get"
          action={paths.home(lang)}
          onSubmit={onSubmit}
        >
          <div className="field">
            <label htmlFor="search-q" className="field-label">
              {t.search.queryLabel}
            </label>
            <div className="search-bar">
              <input
                id="search-q"
                name="q"
                type="search"
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                maxLength={200}
                enterKeyHint="search"
              />
              <button type="submit" className="button">
                {t.search.submit}
              </button>
            </div>
          </div>

          {hiddenFilters(searchParams).map(([name, value], index) => (
            <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
          ))}

          <details className="filters" ref={filtersRef}>
            <summary>
              {t.search.filters}
              {activeFilters > 0 ? (
                <span className="filters-active"> ({t.search.activeFilters(activeFilters)})</span>
              ) : null}
            </summary>
            <div className="filters-body">
              {FACET_KEYS.map((key) => {
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
              })}
              <div className="filters-actions">
                <button type="submit" className="button button-secondary">
                  {t.search.applyFilters}
                </button>
                {activeFilters > 0 ? (
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
            <p className="result-count" role="status">
              {t.search.resultCount(result.total, format.number(result.total))}
            </p>
            <div className="sort-field">
              <label htmlFor="search-sort">{t.search.sortLabel}</label>
              <select id="search-sort" name="sort" form={FORM_ID} value={sort} onChange={onControlChange}>
                {sorts.map((option) => (
                  <option key={option} value={option}>
                    {t.search.sort[option]}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {result.degraded ? <p className="notice">{t.search.degraded}</p> : null}

          {result.hits.length > 0 ? (
            <VacancyList hits={result.hits} linkState={{ search: location.search }} />
          ) : (
            <div className="no-results">
              <p>{t.search.noResults}</p>
              {activeFilters > 0 ? (
                <p>
                  <Link to={{ pathname: paths.home(lang), search: withoutFilters(searchParams) }}>
                    {t.search.clearFilters}
                  </Link>
                </p>
              ) : null}
            </div>
          )}

          <Pagination page={result.page} pages={pages} address={searchParams} />
        </div>
      </div>
    </div>
  );
}
