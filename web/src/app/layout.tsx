import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation, useNavigationType } from 'react-router';
import { useI18n } from '../i18n/use-i18n.ts';
import { takeFlash, type FlashKey } from '../lib/flash.ts';
import { preservesFocus } from '../lib/focus-state.ts';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';

export const MAIN_ID = 'inhoud';

/**
 * The part of the page a link's fragment names (`/coordinatie#aanmelding-…`), made focusable: the
 * page opens there, as a browser opens a page it loads (a link to one application opened the top
 * of the list: a membership review). A fragment that carries a key (`#key=…`) names none.
 */
function partNamed(main: HTMLElement | null, hash: string): HTMLElement | undefined {
  if (!main || hash.length < 2) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
  const part = main.ownerDocument.getElementById(id);
  if (!part || !main.contains(part)) return undefined;
  if (!part.hasAttribute('tabindex')) part.tabIndex = -1;
  return part;
}

/**
 * The frame of every page: skip link, header with navigation and language switch, <main>,
 * footer. After each navigation focus moves to <main> (the page's own effects have set the
 * title by then), so keyboard and screen reader users start at the new content, which opens
 * with a one-time message when the flow that led there left one (lib/flash.ts). Back (or forward)
 * to a page, focus goes to the link that led away from it, as a browser does for a page it
 * loads: a keyboard user who opened the ninth result goes on from there, not from the top (a
 * keyboard walk).
 */
export function Layout() {
  const { lang, t } = useI18n();
  const location = useLocation();
  const navigation = useNavigation();
  const navigationType = useNavigationType();
  const mainRef = useRef<HTMLElement>(null);
  const lastKey = useRef(location.key);
  const lastAddress = useRef(location.pathname + location.search);
  const [flash, setFlash] = useState<FlashKey | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The page runs with its scripts from here on: before, a click on a server-rendered form's
  // button posts it without them. Browser tests wait for this mark before they type (a CI run
  // typed into and sent a form the scripts had not taken over yet).
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);

  useEffect(() => {
    // First render: focus stays at the top, unless the address names a part of the page (a link
    // in a mail or a bookmark to one application: the app renders it, so the browser could not)
    // and nothing has focus yet (scripts that load at a first tap take nothing from the field tapped).
    if (lastKey.current === location.key) {
      if (document.activeElement === document.body) partNamed(mainRef.current, location.hash)?.focus();
      return;
    }
    lastKey.current = location.key;
    const left = lastAddress.current;
    lastAddress.current = location.pathname + location.search;
    // A message from the flow that led here (lib/flash.ts), shown on this page only.
    setFlash(takeFlash());
    if (preservesFocus(location.state)) return;
    const cameFrom = navigationType === 'POP' ? linkTo(mainRef.current, left) : undefined;
    const part = cameFrom ? undefined : partNamed(mainRef.current, location.hash);
    if (part) return part.focus();
    (cameFrom ?? mainRef.current)?.focus({ preventScroll: true });
  }, [location, navigationType]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t.skipLink}
      </a>
      <div className="loading-bar" aria-hidden="true" hidden={navigation.state === 'idle'} />
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} ref={mainRef} className="main">
        <div className="container">
          {flash ? (
            <p className="notice notice-success" role="status">
              {t.flash[flash]}
            </p>
          ) : null}
          <Outlet />
        </div>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}

/** The first link in `within` to `address` (a path with its query), if any. */
function linkTo(within: HTMLElement | null, address: string): HTMLAnchorElement | undefined {
  for (const link of within?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? []) {
    const url = new URL(link.href, window.location.href);
    if (url.origin === window.location.origin && url.pathname + url.search === address) return link;
  }
  return undefined;
}
