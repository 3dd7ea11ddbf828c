import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The renderer, built to dist/renderer/ and loaded from file:// by the main window: relative
// paths, and every asset as a file (never a data: URI) so the page's strict CSP holds.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // react-dsfr marks its modules "use client" for Next.js; meaningless in a single-page bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: false },
});
