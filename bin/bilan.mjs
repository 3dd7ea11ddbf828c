#!/usr/bin/env node
// The `bilan` command once installed (`npm link`, or `npm install -g .`). After `npm run build`
// it runs the command line's bundle (dist/cli/bilan.cjs), its compiled code cached; without a
// bundle, or with one older than the sources, it runs the TypeScript sources through tsx, a
// runtime dependency, so that no build step is needed.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const require = createRequire(import.meta.url);

// A command runs for a second or a few, not for hours: V8 tiers functions up to optimised code
// later than its default (electron/main/v8-flags.json: after 528 KB of their bytecode has run,
// not 66 KB as in Node 20), so that only those hot over a long export are compiled by TurboFan.
// At the default, optimising took as much processor time as the export itself, on threads that
// compete on a 2-core machine. Measured by interleaved runs: the sample to PDF 0.59 → 0.44 s;
// 10× the sample 1.59 → 1.52 s; 25× 2.25 → 2.16 s. The desktop app's export worker, as cold at
// each export, runs with the same flags (electron/main/main.ts).
for (const flag of require('../electron/main/v8-flags.json')) setFlagsFromString(flag);

const { freshBundle, runBundle } = require('./run-bundle.cjs');
const bundle = freshBundle(fileURLToPath(new URL('..', import.meta.url)));
if (bundle) runBundle(bundle, process.argv.slice(2));
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../electron/cli/bilan.ts');
}
