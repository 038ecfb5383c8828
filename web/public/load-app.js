/*
 * Loads the web app into a page the server rendered (server/src/web/later-scripts.ts). The page
 * works as it is — its links, forms and text — so the app's scripts wait until the page has
 * loaded, or until someone starts to use it, whichever comes first; they no longer compete with
 * the page for the network and the processor. What is typed before the app takes over is kept:
 * React hydrates around it and acts on it.
 */
/* global document, window */
(function loadAppLater() {
  const script = document.currentScript;
  if (!script) return;
  const app = script.getAttribute('data-app');
  const chunks = (script.getAttribute('data-preload') || '').split(' ').filter(Boolean);
  let started = false;
  const interactions = ['pointerdown', 'keydown', 'focusin', 'touchstart'];
  function start() {
    if (started || !app) return;
    started = true;
    for (const type of interactions) document.removeEventListener(type, start, true);
    // The app's own modules, fetched side by side rather than one after the other.
    for (const href of chunks) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      link.crossOrigin = '';
      document.head.appendChild(link);
    }
    import(app);
  }
  for (const type of interactions) document.addEventListener(type, start, { capture: true, passive: true });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
})();
