#!/usr/bin/env node
// The `bilan` command once installed (`npm link`, or `npm install -g .`). After `npm run build`
// it runs the command line's bundle (dist/cli/bilan.cjs), its compiled code cached; without a
// bundle, or with one older than the sources, it runs the TypeScript sources through tsx, a
// runtime dependency, so that no build step is needed.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { freshBundle, runBundle } = require('./run-bundle.cjs');
const bundle = freshBundle(fileURLToPath(new URL('..', import.meta.url)));
if (bundle) runBundle(bundle, process.argv.slice(2));
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../electron/cli/bilan.ts');
}
