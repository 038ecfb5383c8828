import type { OrganisationNames } from '../../api/organisations.ts';
import type { Taxonomies } from '../../api/types.ts';
import type { Labels } from '../../hooks/use-labels.ts';
import type { Formatters } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import { DEFAULT_RADIUS_KM, FACET_KEYS, toApiParams, type FacetKey } from './search-params.ts';

export interface FilterLabelContext {
  t: Messages;
  format: Formatters;
  labels: Labels;
  taxonomies: Taxonomies | null;
  organisationNames: OrganisationNames;
  /** The municipality of a postcode searched around (the search's `nearTown`): "5038 (Tilburg)". */
  nearTown?: string | undefined;
}

const isFacetKey = (key: string): key is FacetKey => (FACET_KEYS as readonly string[]).includes(key);

/** The value of a checkbox filter as the visitor knows it: "ICT", not `ict`. */
export function facetValueLabel(key: FacetKey, value: string, context: FilterLabelContext): string {
  switch (key) {
    case 'category':
      return context.labels.category(value);
    case 'educationLevel':
      return context.labels.educationLevel(value);
    case 'employmentType':
      return context.labels.employmentType(value);
    case 'region':
      return value;
    case 'organisation':
      return Object.hasOwn(context.organisationNames, value) ? context.organisationNames[value]! : value;
  }
}

/**
 * One active filter in words, for its removable chip and for the no-results help:
 * "Vakgebied: ICT", "Binnen 25 km van Tilburg", "Vanaf schaal 10".
 */
export function filterLabel(
  filter: { key: string; value: string },
  address: URLSearchParams,
  context: FilterLabelContext,
): string {
  const { key, value } = filter;
  const { t, format } = context;
  const chips = t.search.chips;
  if (isFacetKey(key)) return `${t.search.facets[key]}: ${facetValueLabel(key, value, context)}`;
  const number = Number(value);
  switch (key) {
    case 'q':
      return t.search.words(value);
    case 'near':
      return chips.near(
        context.nearTown ? `${value} (${context.nearTown})` : value,
        format.number(Number(toApiParams(address).get('radiusKm') ?? DEFAULT_RADIUS_KM)),
      );
    case 'hoursMin':
    case 'hoursMax':
    case 'scaleMin':
    case 'scaleMax':
    case 'postedWithinDays':
      return chips[key](format.number(number));
    case 'salaryMin':
    case 'salaryMax':
      return chips[key](format.money(number));
    case 'municipality':
      return chips.municipality(context.taxonomies?.municipalities.find((m) => m.code === value)?.name ?? value);
    default:
      return value;
  }
}
