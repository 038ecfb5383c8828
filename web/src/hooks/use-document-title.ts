import { useEffect } from 'react';

const SITE_NAME = 'Samenwerven';

/** Sets the window title to "{page} | Samenwerven"; the layout then moves focus to <main>. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} | ${SITE_NAME}`;
  }, [pageTitle]);
}
