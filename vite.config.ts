import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The dataset is served as a static file so that TanStack Query fetches it like
// any other compiled dataset (and so that ?dataset=… can point elsewhere later).
export default defineConfig({
  plugins: [react()],
  publicDir: 'public',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
  },
});
