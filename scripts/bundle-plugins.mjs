// esbuild plugins shared by the bundles of the main process, the export worker and the
// command line: two libraries that pdfkit and fontkit load at start-up are swapped for lighter
// equivalents, and mammoth (the Word import's reader) is loaded only when used (see
// scripts/shims/). Under tsx (development, tests) the originals run.
import { fileURLToPath } from 'node:url';

const shim = (name) => fileURLToPath(new URL(`./shims/${name}`, import.meta.url));

/** @type {import('esbuild').Plugin} */
export const startupShims = {
  name: 'bilan-startup-shims',
  setup(build) {
    build.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: shim('tiny-inflate.cjs') }));
    // The shim itself loads the real module, lazily.
    build.onResolve({ filter: /^@noble\/ciphers\/aes(\.js)?$/ }, (args) => (args.importer.endsWith('noble-aes.cjs') ? undefined : { path: shim('noble-aes.cjs') }));
    build.onResolve({ filter: /^mammoth$/ }, (args) => (args.importer.endsWith('mammoth.cjs') ? undefined : { path: shim('mammoth.cjs') }));
  },
};

/**
 * Node's modules that only some commands use, loaded the first time one of their exports is
 * read: the HTTP server (`bilan serve`) and child processes. Together they cost 10 to 15 ms to
 * load, at every start of the command line, before an export has done anything. (Worker
 * threads would be a third, but fflate asks for them itself as it loads.) The
 * bundle gets, for each, an object with the module's export names as getters; its code reads
 * them where it calls them (esbuild writes `(0, import_x.name)(…)`), so behaviour is unchanged.
 */
const LAZY_BUILTINS = /^node:(http|child_process)$/;

/** @type {import('esbuild').Plugin} */
export const lazyBuiltins = {
  name: 'bilan-lazy-builtins',
  setup(build) {
    // The stand-in's own require of the module resolves as usual: to Node's, outside the bundle.
    build.onResolve({ filter: LAZY_BUILTINS }, (args) => (args.namespace === 'lazy-builtin' ? undefined : { path: args.path, namespace: 'lazy-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const names = Object.keys(await import(args.path)).filter((name) => name !== 'default');
      const lines = [`let real;`, `const load = () => (real ??= require(${JSON.stringify(args.path)}));`];
      for (const name of names) lines.push(`Object.defineProperty(module.exports, ${JSON.stringify(name)}, { enumerable: true, get: () => load()[${JSON.stringify(name)}] });`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};
