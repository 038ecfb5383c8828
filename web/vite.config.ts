import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The API server the dev server forwards to. Defaults to the app's own port; point it at
 * another running API with `VITE_API_PROXY=http://localhost:3100 npx vite`.
 */
const apiTarget = process.env['VITE_API_PROXY'] ?? 'http://localhost:3000';
/** What the server answers itself rather than the app (a newcomer found the widget and robots.txt missing on :5173). */
const proxy = {
  '/api': apiTarget,
  '/feeds': apiTarget,
  '/sitemap.xml': apiTarget,
  '/sitemaps/': apiTarget,
  '/widget': apiTarget,
  '/en/widget': apiTarget,
  '/robots.txt': apiTarget,
};

const COMPRESSIBLE = /\.(js|css|svg|json|txt)$/;

/**
 * Writes a .br and a .gz copy of every script and style sheet at build time, at the highest
 * levels, so the server sends them compressed without spending CPU per request (the
 * `preCompressed` option of @fastify/static in server/src/web/plugin.ts).
 */
function precompress(): Plugin {
  let outDir = 'dist';
  let serverBuild = false;
  return {
    name: 'samenwerven:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      serverBuild = Boolean(config.build.ssr);
    },
    // After the files are written, and only then: closeBundle also runs after a failed build,
    // where it hid the build's own error behind "no such directory".
    async writeBundle() {
      if (serverBuild) return; // the server-rendering module is read from disk, never sent
      const files = (await readdir(outDir, { recursive: true })).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const content = await readFile(full);
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            promisify(gzip)(content, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gz)]);
        }),
      );
    },
  };
}

export default defineConfig(({ mode, isSsrBuild }) => ({
  plugins: [react(), precompress()],
  server: { proxy },
  preview: { proxy },
  // One style sheet for every page (8 KB compressed in all). Split per route, a page's own
  // styles came with its script chunk — after the page, now that the server renders it and the
  // scripts load late (issue 17): a served vacancy page showed and printed without them until
  // the scripts arrived, and never with scripts off.
  build: { outDir: 'dist', cssCodeSplit: false },
  // The server-rendering module (src/entry-server.tsx, built into dist/ssr by `npm run build`)
  // carries its dependencies, so a build anywhere (a test run's scratch folder) runs as it is;
  // and React's production build whatever NODE_ENV the server runs with (the development build
  // renders a page several times slower). It serves no files of its own.
  ssr: { noExternal: true },
  ...(isSsrBuild ? { define: { 'process.env.NODE_ENV': JSON.stringify(mode) }, publicDir: false as const } : {}),
}));
