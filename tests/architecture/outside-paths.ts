import { posix } from 'node:path';

// A user's clone has nothing beside it: the team kit that sits next to our working copy
// (`../shared/`) is not there. This finds every path a file spells out that would leave the
// repository, whichever way it is written: a relative path ('../../../shared/x', in an import,
// a URL or a shell script), or segments joined to an anchor (`join(ROOT, '..', 'kit')`,
// `resolve(__dirname, '../..')`).

/** One path that leaves the repository, and where it is written. */
export interface OutsidePath {
  file: string;
  line: number;
  text: string;
}

/** Names that hold the repository's root folder in our sources. */
const ROOT_ANCHORS = new Set(['ROOT', 'root', 'REPO', 'repoRoot', 'repositoryRoot', 'projectRoot', 'APP_ROOT']);
/** Expressions that hold the folder of the file they are written in. */
const HERE_ANCHORS = /^(__dirname|HERE|here|import\.meta\.dirname|dirname\(fileURLToPath\(import\.meta\.url\)\))$/;

/** How many folders `segments` climb above their start, at the deepest; Infinity for an absolute one. */
function climb(segments: string[]): number {
  let depth = 0;
  let lowest = 0;
  for (const segment of segments.flatMap((s) => s.split(/[\\/]+/))) {
    if (segment === '..') lowest = Math.min(lowest, --depth);
    else if (segment !== '' && segment !== '.') depth++;
  }
  return -lowest;
}

/** The line of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The paths in `text` (the file `file`, relative to the repository root, '/'-separated) that
 * leave the repository: relative paths in quotes, resolved from the file's folder (import
 * specifiers included), and path calls whose segments climb above their anchor (the root, or
 * the file's own folder). A path built from a variable of unknown place is not judged.
 */
export function pathsLeavingRepo(file: string, text: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const fileDepth = posix.dirname(file) === '.' ? 0 : posix.dirname(file).split('/').length;
  const add = (offset: number, snippet: string) => found.push({ file, line: lineOf(text, offset), text: snippet });

  // '../x', "./../y", `../z`: relative to the file's folder in a module, as imports and URLs
  // are; in a shell script or a configuration, relative to the repository root, where they run,
  // and not always quoted.
  const isModule = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(file);
  const base = isModule ? fileDepth : 0;
  const relativePaths = isModule ? /(['"`])(\.\.?\/[^'"`\s]*)\1/g : /(^|[\s'"`=:(])(\.\.?\/[^'"`\s;)]*)/gm;
  for (const match of text.matchAll(relativePaths)) {
    if (climb([match[2]!]) > base) add(match.index, match[0].trim());
  }
  // join(ANCHOR, '..', 'kit'), resolve(ANCHOR, '../..')
  for (const match of text.matchAll(/\b(?:join|resolve)\(\s*([\w.]+(?:\([^()]*(?:\([^()]*\))?[^()]*\))?)\s*((?:,\s*(['"])[^'"]*\3\s*)+)\)/g)) {
    const anchor = match[1]!;
    const segments = [...match[2]!.matchAll(/(['"])([^'"]*)\1/g)].map((m) => m[2]!);
    const start = ROOT_ANCHORS.has(anchor) ? 0 : HERE_ANCHORS.test(anchor) ? fileDepth : undefined;
    if (start !== undefined && climb(segments) > start) add(match.index, match[0]);
  }
  return found;
}
