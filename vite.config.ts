import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CSP_HEADER, CSP_META } from './csp.config.ts';

/** The policy in the built page's head, before any script (see csp.config.ts). */
const cspMeta = (): Plugin => ({
  name: 'parley-csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`,
    ),
});

// The dataset is served as a static file so that TanStack Query fetches it like
// any other compiled dataset (and so that ?dataset=… can point elsewhere later).
export default defineConfig({
  plugins: [react(), cspMeta()],
  publicDir: 'public',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CSP_HEADER } },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
  },
});
