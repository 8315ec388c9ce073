import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // Wire types are compiled from source so the SPA and the API never drift (see tsconfig paths).
      '@parley/shared-types': fromHere('../../libs/shared/types/src/index.ts'),
      '@': fromHere('./src'),
    },
  },
  build: {
    outDir: fromHere('../../dist/apps/web'),
    emptyOutDir: true,
  },
  server: {
    port: 4200,
    strictPort: true,
    // The API serves the built SPA on its own origin; in development Vite stands in for it.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
