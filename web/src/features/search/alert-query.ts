/**
 * Making an alert of a search: the query it keeps (the address's words, filters and distance)
 * and that search in words, which also names the alert until the reader names it otherwise.
 */
import { ALERT_NAME_MAX } from '../../lib/alerts.ts';
import { filterLabel, type FilterLabelContext } from './filter-label.ts';
import { activeFilters, toApiParams } from './search-params.ts';

/**
 * The search an alert keeps: the address cleaned as the search page cleans it (unknown and
 * malformed parameters dropped); the page and the order are no part of what matches.
 */
export function alertQuery(address: URLSearchParams): string {
  const params = toApiParams(address);
  params.delete('page');
  params.delete('sort');
  return params.toString();
}

export interface DescribeContext extends FilterLabelContext {
  /** How the words searched for show (`‘beleid’`), and the search without words or filters. */
  words: (q: string) => string;
  all: string;
}

/** "Binnen 25 km" as "binnen 25 km"; "ICT …" and other words in capitals stay as they are. */
export const lowerFirst = (part: string) =>
  /^\p{Lu}\p{Ll}/u.test(part) ? part[0]!.toLowerCase() + part.slice(1) : part;

/** The search in words, one part per filter: `‘beleid’`, `Vakgebied: ICT`, `Binnen 25 km van Tilburg`. */
export function describeQuery(query: string, context: DescribeContext): string[] {
  const address = new URLSearchParams(query);
  const q = toApiParams(address).get('q');
  const parts = [
    ...(q ? [context.words(q)] : []),
    ...activeFilters(address).map((filter) => filterLabel(filter, address, context)),
  ];
  return parts.length > 0 ? parts : [context.all];
}

/**
 * A name for a new alert: its description as one phrase ("‘jurist’, binnen 25 km van Tilburg":
 * the labels' capitals stood mid-list, a job seeker's walk), cut at a word to fit `ALERT_NAME_MAX`.
 */
export function defaultAlertName(parts: readonly string[], max = ALERT_NAME_MAX): string {
  const name = parts.map((part, i) => (i === 0 ? part : lowerFirst(part))).join(', ');
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,]+$/, '')}…`;
}
