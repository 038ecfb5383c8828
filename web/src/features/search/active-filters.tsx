import { useEffect, useRef, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { filterLabel, type FilterLabelContext } from './filter-label.ts';
import { activeFilters, withoutFilter, withoutFilters } from './search-params.ts';

/** The result count's id: the skip link's target, and where focus goes when the last chip is gone. */
export const RESULT_COUNT_ID = 'resultaten';

/** A click the router follows; one with a modifier opens a new tab or window instead. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

interface ActiveFiltersProps {
  address: URLSearchParams;
  context: FilterLabelContext;
}

/**
 * The filters in force as a row of removable chips. Each chip is a link to the same search
 * without it, so it works as a plain link too; after a removal, focus moves to the next chip
 * (or to the result count when none is left) instead of being lost with the removed one.
 */
export function ActiveFilters({ address, context }: ActiveFiltersProps) {
  const { lang, t } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  const removedAt = useRef<number | null>(null);
  const filters = activeFilters(address);
  const search = address.toString();

  useEffect(() => {
    const index = removedAt.current;
    if (index === null) return;
    removedAt.current = null;
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>('a.chip');
    const next = links && links.length > 0 ? links[Math.min(index, links.length - 1)] : undefined;
    // With no chip left, the result count: it is always there, and says what changed.
    (next ?? document.getElementById(RESULT_COUNT_ID))?.focus();
  }, [search]);

  if (filters.length === 0) return null;
  return (
    <div className="active-filters">
      <h2 className="visually-hidden">{t.search.chips.heading}</h2>
      <ul className="chips" ref={listRef}>
        {filters.map((filter, index) => (
          <li key={`${filter.key}=${filter.value}`}>
            <Link
              className="chip"
              to={{ pathname: paths.home(lang), search: withoutFilter(address, filter) }}
              state={PRESERVE_FOCUS}
              preventScrollReset
              onClick={(event) => {
                if (isPlainClick(event)) removedAt.current = index;
              }}
            >
              <span className="visually-hidden">{t.search.chips.remove}: </span>
              {filterLabel(filter, address, context)}
              <span className="chip-remove" aria-hidden="true">
                ×
              </span>
            </Link>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <Link
              className="chips-clear"
              to={{ pathname: paths.home(lang), search: withoutFilters(address) }}
              state={PRESERVE_FOCUS}
              preventScrollReset
              onClick={(event) => {
                if (isPlainClick(event)) removedAt.current = 0;
              }}
            >
              {t.search.clearFilters}
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
