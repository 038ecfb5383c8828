import { createContext, useContext, useEffect } from 'react';

const SITE_NAME = 'Samenwerven';
/** Search engines show about this many characters of a title; tabs even fewer. */
const MAX_TITLE_LENGTH = 70;

/**
 * The window title for a page: "{page} | Samenwerven", the page's part shortened with an
 * ellipsis where the whole would pass 70 characters. The server's fallback head
 * (server/src/pages/head.ts) composes its titles the same way.
 */
export function documentTitle(pageTitle: string): string {
  const suffix = ` | ${SITE_NAME}`;
  const room = MAX_TITLE_LENGTH - suffix.length;
  const page = pageTitle.length > room ? `${pageTitle.slice(0, room - 1).trimEnd()}…` : pageTitle;
  return `${page}${suffix}`;
}

/**
 * On the server there is no document: the page's title is written here while it renders, and
 * the server puts it in the HTML's <title>, so the title the page arrives with is the one the
 * browser keeps (entry-server.tsx).
 */
export const DocumentTitleCollector = createContext<((title: string) => void) | null>(null);

/** Sets the window title to "{page} | Samenwerven"; the layout then moves focus to <main>. */
export function useDocumentTitle(pageTitle: string): void {
  const collect = useContext(DocumentTitleCollector);
  collect?.(documentTitle(pageTitle));
  useEffect(() => {
    document.title = documentTitle(pageTitle);
  }, [pageTitle]);
}
