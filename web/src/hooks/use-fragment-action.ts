import { useLocation } from 'react-router';

/**
 * A form's action that brings the reader back to `id` when it is sent without scripts: the
 * answer is a whole new page, which the browser would show from the top, far from the error
 * summary or the outcome. The same address otherwise; with scripts the fetcher ignores the
 * fragment.
 */
export function useFragmentAction(id: string): string {
  const { pathname, search } = useLocation();
  return `${pathname}${search}#${id}`;
}
