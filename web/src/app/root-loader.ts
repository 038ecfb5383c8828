import type { LoaderFunctionArgs } from 'react-router';
import { loadSession, markSessionShown, sessionChanged } from '../api/session.ts';
import { loadTaxonomies } from '../api/taxonomies.ts';
import type { Me, Taxonomies } from '../api/types.ts';
import { langFromPathname } from '../i18n/lang.ts';

export const ROOT_ROUTE_ID = 'root';

export interface RootData {
  /** Null when the API could not be reached: pages then show codes instead of labels. */
  taxonomies: Taxonomies | null;
  /** The signed-in user; null when signed out (or when that could not be found out). */
  user: Me | null;
  /**
   * The address the page was opened at (`https://host`), for links meant to be copied or
   * shared: the same whether the server or the browser rendered the page.
   */
  origin: string;
}

/** Loads what every page shares: the code lists behind the labels, and who is signed in. */
export async function rootLoader({ request }: LoaderFunctionArgs): Promise<RootData> {
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  markSessionShown();
  const [taxonomies, user] = await Promise.all([
    loadTaxonomies({ lang }).catch(() => null),
    loadSession(lang).catch(() => null),
  ]);
  return { taxonomies, user, origin: url.origin };
}

/**
 * The code lists hold both languages and are fetched once; the session is reloaded only when
 * it changed (signing in or out, a session that ended), so the header follows it.
 */
export const rootShouldRevalidate = () => sessionChanged();
