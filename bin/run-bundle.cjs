// Runs a CommonJS bundle (the command line `npm run build` makes) with V8's code cache: the
// first run of a command compiles what it needs and, on leaving, stores the compiled code in
// `<bundle>.<command>.v8cache`; the next runs of that command start from it instead of parsing
// 4 MB of JavaScript again. V8 refuses a cache made for another source or another Node, which
// is then rewritten. The desktop app's export worker loads its own bundle the same way
// (electron/main/services/export-worker-loader.ts). Plain Node, no dependency.
'use strict';
const { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

/** The newest modification time (ms) of the files under `dir`, folders walked. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The bundle of the command line under `root`, if it was built after every source it holds was
 * last changed (the code of electron/ and shared/, and the installed dependencies' lock file);
 * null when there is none or it is out of date, and the sources must be run instead.
 */
function freshBundle(root) {
  const bundle = join(root, 'dist', 'cli', 'bilan.cjs');
  if (!existsSync(bundle)) return null;
  const built = statSync(bundle).mtimeMs;
  const sources = Math.max(newest(join(root, 'electron')), newest(join(root, 'shared')), statSync(join(root, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return sources <= built ? bundle : null;
}

/**
 * The name of the code cache for a command line: the command, and for an export its formats
 * (`export-pdf`, `export-docx`, `export-docx-pdf`; PDF when none is given, as the command's
 * default): each runs different parts of the bundle.
 */
function cacheName(args) {
  const [command = ''] = args;
  if (!/^[a-z]{1,20}$/.test(command)) return 'other';
  if (command !== 'export') return command;
  // --format pdf, --format=pdf, or the short forms -f pdf and -fpdf.
  const at = args.findIndex((a) => a === '--format' || a.startsWith('--format=') || a.startsWith('-f'));
  const given = args[at] ?? '';
  const inline = given.startsWith('--format=') ? given.slice('--format='.length) : given.startsWith('-f') && given.length > 2 ? given.slice(2) : undefined;
  const value = at < 0 ? 'pdf' : (inline ?? args[at + 1] ?? '');
  const formats = [...new Set(value.split(',').filter((f) => f === 'pdf' || f === 'docx'))].sort();
  return ['export', ...formats].join('-');
}

/**
 * Compiles the CommonJS bundle at `file` from V8's code cache in `cacheFile`, when there is one
 * V8 accepts (made for this source and this Node). `run()` then runs it as Node would `require`
 * it and returns its exports; `saveCache()` stores the code compiled so far in `cacheFile`, when
 * it held none or a rejected one: called once the work is done, the cache holds the functions
 * that ran, not only the top level. Without `cacheFile`, the bundle is compiled from source and
 * nothing is stored.
 */
function compileBundle(file, cacheFile) {
  let cachedData;
  try {
    cachedData = cacheFile === undefined ? undefined : readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const stale = cacheFile !== undefined && (!cachedData || script.cachedDataRejected);
  return {
    run() {
      const module = new Module(file, null);
      module.filename = file;
      module.paths = Module._nodeModulePaths(dirname(file));
      script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
      return module.exports;
    },
    saveCache() {
      if (!stale) return;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        // Several processes or worker threads may store it at once: each its own file, then a rename.
        const temp = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        // A read-only installation runs without the cache.
      }
    },
  };
}

/**
 * Runs the bundle at `file` for the command line `args`, the code it compiles cached beside it
 * (see {@link cacheName}), written when the process leaves.
 */
function runBundle(file, args) {
  const bundle = compileBundle(file, `${file}.${cacheName(args)}.v8cache`);
  process.once('exit', () => bundle.saveCache());
  bundle.run();
}

module.exports = { cacheName, compileBundle, freshBundle, runBundle };
