import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { defineConfig, type Plugin } from 'vite';
import { isDesignSystemIcon, pruneDesignSystemCss } from './scripts/vite/design-system-css.js';
import { spellingWordLists } from './scripts/vite/spelling.js';

/** Width in pixels of the design system's icons as images: their 24-unit box at three times. */
const ICON_PIXELS = 72;

/**
 * resvg's WebAssembly, set up once per process. resvg refuses a second set-up, and this file is
 * loaded afresh for each build (the tests build the renderer several times in one process), so
 * the promise is kept where every copy of it finds it.
 */
function resvgReady(): Promise<void> {
  const key = Symbol.for('bilan.resvg-wasm');
  const store = globalThis as { [key]?: Promise<void> };
  store[key] ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return store[key];
}

/**
 * The design system's icons as PNG rather than SVG. They are CSS masks: Chromium reads each SVG
 * as a document of its own the first time it is drawn, several milliseconds each on the page's
 * thread (a card shows about twenty), where a PNG is decoded off it. Drawn with resvg at three
 * times their size, so that they stay sharp on high-density screens; the stylesheets are
 * rewritten to point at the PNG files. Only the icons: the design system's other pictures stay.
 */
function rasteriseIcons(): Plugin {
  return {
    name: 'bilan-rasterise-icons',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        await resvgReady();
        const renamed = new Map<string, string>();
        for (const [fileName, asset] of Object.entries(bundle)) {
          if (asset.type !== 'asset' || !fileName.endsWith('.svg')) continue;
          if (!isDesignSystemIcon(asset)) continue;
          const image = new Resvg(String(asset.source), { fitTo: { mode: 'width', value: ICON_PIXELS } });
          const png = image.render().asPng();
          image.free();
          const pngName = fileName.replace(/\.svg$/, '.png');
          delete bundle[fileName];
          this.emitFile({ type: 'asset', fileName: pngName, source: png });
          renamed.set(basename(fileName), basename(pngName));
        }
        const pattern = /[\w.-]+\.svg/g;
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
          asset.source = String(asset.source).replace(pattern, (name) => renamed.get(name) ?? name);
        }
      },
    },
  };
}

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
  // The stylesheets are pruned before the icons are drawn: only the icons left are.
  plugins: [preloadEditor(), pruneDesignSystemCss(), rasteriseIcons(), spellingWordLists()],
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
  // Workers as modules: the spelling worker loads each language's word list as a chunk of its own.
  worker: { format: 'es', plugins: () => [spellingWordLists({ licences: false })] },
  server: { host: '127.0.0.1', strictPort: false },
});
