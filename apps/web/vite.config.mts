import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web application: built into apps/web/dist, which the api serves at `/` (npm run build).
 * `npx vite` in apps/web serves it in development against an api on :3000.
 * VITE_REGION_NAME and VITE_PRIMARY_COLOR set the region's name and colour.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // react-router marks its modules "use client" (for server components); irrelevant in a single-page app
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
