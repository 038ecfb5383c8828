import type { LoaderFunctionArgs } from 'react-router';
import { loadTaxonomies } from '../api/taxonomies.ts';
import type { Taxonomies } from '../api/types.ts';
import { langFromPathname } from '../i18n/lang.ts';

export const ROOT_ROUTE_ID = 'root';

export interface RootData {
  /** Null when the API could not be reached: pages then show codes instead of labels. */
  taxonomies: Taxonomies | null;
}

/** Loads what every page shares, once: the code lists behind the labels. */
export async function rootLoader({ request }: LoaderFunctionArgs): Promise<RootData> {
  const lang = langFromPathname(new URL(request.url).pathname);
  try {
    return { taxonomies: await loadTaxonomies({ lang }) };
  } catch {
    return { taxonomies: null };
  }
}

/** The code lists hold both languages, so nothing a navigation changes calls for a reload. */
export const rootShouldRevalidate = () => false;
