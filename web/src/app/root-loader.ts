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
}

/** Loads what every page shares: the code lists behind the labels, and who is signed in. */
export async function rootLoader({ request }: LoaderFunctionArgs): Promise<RootData> {
  const lang = langFromPathname(new URL(request.url).pathname);
  markSessionShown();
  const [taxonomies, user] = await Promise.all([
    loadTaxonomies({ lang }).catch(() => null),
    loadSession(lang).catch(() => null),
  ]);
  return { taxonomies, user };
}

/**
 * The code lists hold both languages and are fetched once; the session is reloaded only when
 * it changed (signing in or out, a session that ended), so the header follows it.
 */
export const rootShouldRevalidate = () => sessionChanged();
