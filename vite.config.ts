import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Preloads the editor's chunk (Lexical, loaded by renderer/src/editor/load-editor.ts) from the
 * page's head: the browser fetches and compiles it beside the start screen's script, on another
 * thread, and runs it only when the first field needs an editor.
 */
function preloadEditor(): Plugin {
  return {
    name: 'bilan-preload-editor',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.endsWith('/editor/RichTextField.tsx'));
        if (!chunk) throw new Error('the editor (editor/RichTextField.tsx) is no longer a chunk of its own: see load-editor.ts');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

// The renderer, built to dist/renderer/ and loaded from file:// by the main window: relative
// paths, and every asset as a file (never a data: URI) so the page's strict CSP holds.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [preloadEditor()],
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
