// Types of run-bundle.cjs, for the TypeScript that loads a bundle with it.

/** A bundle compiled, from V8's code cache when there is a valid one. */
export interface CompiledBundle {
  /** Runs the bundle as Node would `require` it; returns its exports. */
  run(): unknown;
  /** Stores the code compiled so far in the cache file, if the cache was missing or rejected. */
  saveCache(): void;
}

export function compileBundle(file: string, cacheFile?: string): CompiledBundle;
export function cacheName(args: readonly string[]): string;
export function freshBundle(root: string): string | null;
export function runBundle(file: string, args: readonly string[]): void;
