import { describe, expect, it } from 'vitest';
import { withScriptsAfterLoad } from './later-scripts.ts';

/** The head Vite writes (web/dist/index.html), shortened. */
const BUILT = `<head>
    <script type="module" crossorigin src="/assets/index-AbC1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/client-x1.js">
    <link rel="modulepreload" crossorigin href="/assets/lang-y2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-z3.css">
  </head>`;

describe('the scripts of a server-rendered page', () => {
  it('come after the page: one loader naming the app and the chunks to preload, the styles untouched', () => {
    const html = withScriptsAfterLoad(BUILT);
    expect(html).not.toMatch(/type="module"|modulepreload/);
    expect(html).toContain(
      '<script defer src="/load-app.js" data-app="/assets/index-AbC1.js" data-preload="/assets/client-x1.js /assets/lang-y2.js"></script>',
    );
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-z3.css">');
  });

  it('leave a page without a module entry (a development build) as it is', () => {
    const plain = '<head><script src="/dev.js"></script></head>';
    expect(withScriptsAfterLoad(plain)).toBe(plain);
  });
});
