import { useRef, type MouseEvent, type ReactNode } from 'react';
import { getMe } from '../api/auth.ts';
import { useI18n } from '../i18n/use-i18n.ts';

interface DownloadLinkProps {
  /** An API address that answers with `Content-Disposition: attachment`. */
  href: string;
  children: ReactNode;
  className?: string;
}

/**
 * A file from the API (an export, a CSV), downloaded by the browser itself with the session
 * cookies. The access cookie lasts 15 minutes, and a plain link cannot refresh it, so the
 * first click asks `/me` through the API client (which refreshes on a 401) and then clicks
 * again; keyboard, "save link as" and a middle click work as for any link.
 */
export function DownloadLink({ href, children, className }: DownloadLinkProps) {
  const { lang } = useI18n();
  const ref = useRef<HTMLAnchorElement>(null);
  const renewed = useRef(false);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (renewed.current) {
      renewed.current = false;
      return; // the second, programmatic click: let the browser download
    }
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void getMe({ lang })
      .catch(() => undefined) // signed out meanwhile: the server's answer will say so
      .then(() => {
        renewed.current = true;
        ref.current?.click();
      });
  };

  return (
    <a ref={ref} href={href} download className={className} onClick={onClick}>
      {children}
    </a>
  );
}
