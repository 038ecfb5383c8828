import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { withPage } from './search-params.ts';

interface PaginationProps {
  page: number;
  pages: number;
  address: URLSearchParams;
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
            <Link to={withPage(address, Math.min(page - 1, pages))} rel="prev">
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
            <Link to={withPage(address, page + 1)} rel="next">
              {t.search.pagination.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
