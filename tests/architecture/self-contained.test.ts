import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';
import { pathsLeavingRepo } from './outside-paths.js';

/** Every file git tracks or would track (new, not ignored) that code or configuration is written in. */
function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((f) => /\.(ts|tsx|mts|cts|js|mjs|cjs|sh|ya?ml)$|^\.ci\/|^bin\/|(^|\/)(package|tsconfig[\w.-]*)\.json$/.test(f))
    // The scanner and this test spell out leaving paths on purpose, as examples.
    .filter((f) => f !== 'package-lock.json' && !f.startsWith('tests/architecture/'));
}

/** The team kit's folder beside our working copy, which a user's clone does not have. */
const KIT = 'shared';

describe('the repository needs nothing beside it', () => {
  it('finds the ways a path can leave the repository, and only those', () => {
    const leaving = [
      ['tests/x.test.ts', `const f = join(ROOT, '..', '${KIT}', 'sample-facts.json');`],
      ['tests/x.test.ts', `const f = resolve(ROOT, '../${KIT}/sample-facts.json');`],
      ['tests/cli/x.test.ts', `readFileSync('../../../${KIT}/PRODUCT.md');`],
      ['seeds/build/x.ts', `import facts from '../../../${KIT}/sample-facts.json';`],
      ['scripts/x.mjs', `const kit = join(__dirname, '..', '..', '${KIT}');`],
      ['tests/x.test.ts', `const u = new URL('../../${KIT}/x.json', import.meta.url);`],
      ['.ci/run', `cp "../${KIT}/sample-facts.json" tests/`],
      ['.ci/run', `cp ../${KIT}/sample-facts.json tests/fixtures/`],
      ['package.json', `"seeds": "tsx seeds/build/build-seeds.ts ../${KIT}/sample-facts.json",`],
    ];
    for (const [file, text] of leaving) expect(pathsLeavingRepo(file!, text!), `${file}: ${text}`).toHaveLength(1);
    const staying = [
      ['tests/export/x.test.ts', "import { x } from '../../shared/export/layout.js';"],
      ['renderer/src/editor/x.ts', "import { LIMITS } from '../../../shared/model/limits.js';"],
      ['tests/x.test.ts', "const f = join(ROOT, 'tests', 'fixtures', 'sample-facts.json');"],
      ['scripts/x.mjs', "const root = join(__dirname, '..');"],
      ['tests/support/paths.ts', "export const ROOT = fileURLToPath(new URL('../../', import.meta.url));"],
      ['tests/x.test.ts', "const parent = join(dir, '..');"],
      ['.ci/run', 'cd "$(dirname "$0")/.."'],
      ['package.json', '"bilan": "tsx electron/cli/bilan.ts",'],
    ];
    for (const [file, text] of staying) expect(pathsLeavingRepo(file!, text!), `${file}: ${text}`).toEqual([]);
  });

  it('no source, script, test or configuration reads outside the repository', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain('.ci/run');
    const found = files.flatMap((file) => pathsLeavingRepo(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
