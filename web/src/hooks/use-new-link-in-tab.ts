import { useEffect } from 'react';
import { fragmentValue } from '../lib/fragment.ts';

/**
 * Another mailed link opened in this tab (pasted into the address bar, as the pages for a link
 * that does not work ask) changes only the address's fragment: no loader runs, and the page went
 * on showing, and acting for, the earlier link's key or token (a job seeker's walk ended another
 * address's alerts from a page that listed one's own, and confirmed one alert twice for another).
 * The page is loaded anew for the new link, so nothing of the earlier one is left on it.
 * `names` are the fragment's names the page reads (`token`; `sleutel`, `key`): a constant.
 */
export function useNewLinkInTab(names: readonly string[]): void {
  useEffect(() => {
    const readNewLink = () => {
      if (fragmentValue(window.location.hash, names) !== null) window.location.reload();
    };
    window.addEventListener('hashchange', readNewLink);
    return () => window.removeEventListener('hashchange', readNewLink);
  }, [names]);
}
