// Bundles the command line into dist/cli/bilan.cjs with esbuild: one CommonJS file that
// bin/bilan.mjs (the installed `bilan` command) runs with V8's compiled code cached beside it,
// instead of compiling the TypeScript sources through tsx at every start.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { lazyBuiltins, startupShims } from './bundle-plugins.mjs';

// `--outdir DIR` builds elsewhere than dist/cli (the tests build into folders of their own).
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  // Paths from the repository, wherever the script is run from.
  absWorkingDir: root,
  entryPoints: ['electron/cli/bilan.ts'],
  outfile: join(values.outdir ? resolve(values.outdir) : join(root, 'dist', 'cli'), 'bilan.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Modules that locate files from import.meta.url get the bundle's own address.
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__bundleUrl' },
  plugins: [startupShims, lazyBuiltins],
});

// resvg's WebAssembly (the DOCX's PNG fallback of charts) is a file, not code: it goes beside the
// bundle, where electron/main/services/chart-raster.ts looks first.
copyFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'), join(values.outdir ? resolve(values.outdir) : join(root, 'dist', 'cli'), 'resvg.wasm'));
