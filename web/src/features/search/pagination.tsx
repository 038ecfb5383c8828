import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { FOCUS_RESULTS } from '../../lib/focus-state.ts';
import { withPage } from './search-params.ts';

interface PaginationProps {
  page: number;
  pages: number;
  address: URLSearchParams;
}

/** An address past the last page (an old link, a hand-edited number): says so, and leads back. */
export function BeyondLastPage({ page, pages, address }: PaginationProps) {
  const { t, format } = useI18n();
  return (
    <div className="no-results">
      <p>{t.search.pagination.beyondLast(format.number(page), format.number(pages))}</p>
      <ul className="link-list">
        <li>
          <Link to={withPage(address, pages)}>{t.search.pagination.toLast}</Link>
        </li>
        <li>
          <Link to={withPage(address, 1)}>{t.search.pagination.toFirst}</Link>
        </li>
      </ul>
    </div>
  );
}

/** Previous and next links that keep every other search parameter. */
export function Pagination({ page, pages, address }: PaginationProps) {
  const { t, format } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.search.pagination.label}>
      <ul>
        {page > 1 ? (
          <li className="pagination-previous">
            <Link to={withPage(address, Math.min(page - 1, pages))} rel="prev" state={FOCUS_RESULTS}>
              {t.search.pagination.previous}
            </Link>
          </li>
        ) : null}
        {page <= pages ? (
          <li className="pagination-current">
            {t.search.pagination.pageOf(format.number(page), format.number(pages))}
          </li>
        ) : null}
        {page < pages ? (
          <li className="pagination-next">
            <Link to={withPage(address, page + 1)} rel="next" state={FOCUS_RESULTS}>
              {t.search.pagination.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
