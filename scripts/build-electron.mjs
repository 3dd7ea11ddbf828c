// Bundles the main process and the preload into dist/electron/*.cjs with esbuild: CommonJS,
// because a sandboxed preload cannot load ES modules, and `electron` left to Electron itself.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { startupShims } from './bundle-plugins.mjs';

// `--outdir DIR` builds elsewhere than dist/electron (the tests build into a temporary folder).
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/electron' } } });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  // Modules that locate files from import.meta.url get the bundle's own address.
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__bundleUrl' },
  plugins: [startupShims],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: join(values.outdir, 'main.cjs') }),
  // The export worker runs in a worker thread; ExportJobs starts it next to main.cjs, through
  // the loader that runs it from V8's code cache.
  build({ ...common, entryPoints: ['electron/main/services/export-worker.ts'], outfile: join(values.outdir, 'export-worker.cjs') }),
  build({ ...common, entryPoints: ['electron/main/services/export-worker-loader.ts'], outfile: join(values.outdir, 'export-worker-loader.cjs') }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: join(values.outdir, 'preload.cjs'), target: 'chrome130', banner: {}, define: {} }),
]);

// resvg's WebAssembly (the DOCX's PNG fallback of charts) is a file, not code: it goes beside the
// bundle, where electron/main/services/chart-raster.ts looks first.
copyFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'), join(values.outdir, 'resvg.wasm'));
