// esbuild plugins shared by the bundles of the main process, the export worker and the
// command line: two libraries that pdfkit and fontkit load at start-up are swapped for lighter
// equivalents (see scripts/shims/). Under tsx (development, tests) the originals run.
import { fileURLToPath } from 'node:url';

const shim = (name) => fileURLToPath(new URL(`./shims/${name}`, import.meta.url));

/** @type {import('esbuild').Plugin} */
export const startupShims = {
  name: 'bilan-startup-shims',
  setup(build) {
    build.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: shim('tiny-inflate.cjs') }));
    // The shim itself loads the real module, lazily.
    build.onResolve({ filter: /^@noble\/ciphers\/aes(\.js)?$/ }, (args) => (args.importer.endsWith('noble-aes.cjs') ? undefined : { path: shim('noble-aes.cjs') }));
  },
};
