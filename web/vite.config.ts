import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The API server the dev server forwards to. Defaults to the app's own port; point it at
 * another running API with `VITE_API_PROXY=http://localhost:3100 npx vite`.
 */
const apiTarget = process.env['VITE_API_PROXY'] ?? 'http://localhost:3000';
const proxy = {
  '/api': apiTarget,
  '/feeds': apiTarget,
  '/sitemap.xml': apiTarget,
};

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { outDir: 'dist' },
});
