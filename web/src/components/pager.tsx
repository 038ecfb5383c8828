/**
 * Previous / "page 2 of 5" / next under a staff list, as links (the page is in the address, so
 * back, forward and bookmarks keep it). Nothing when everything fits on one page.
 */
import { Link } from 'react-router';
import { useI18n } from '../i18n/use-i18n.ts';

export interface PagerTexts {
  label: string;
  previous: string;
  next: string;
  pageOf: (page: string, pages: string) => string;
}

export function Pager({
  page,
  pages,
  address,
  texts,
}: {
  page: number;
  pages: number;
  /** The address of a page of the list. */
  address: (page: number) => string;
  texts: PagerTexts;
}) {
  const { format } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={texts.label}>
      <ul>
        {page > 1 ? (
          <li className="pagination-previous">
            <Link to={address(Math.min(page - 1, pages))} rel="prev">
              {texts.previous}
            </Link>
          </li>
        ) : null}
        <li className="pagination-current">
          {texts.pageOf(format.number(Math.min(page, pages)), format.number(pages))}
        </li>
        {page < pages ? (
          <li className="pagination-next">
            <Link to={address(page + 1)} rel="next">
              {texts.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
