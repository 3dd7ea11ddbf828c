// Writes each template's `page.fonts.coverage`: the characters that every face it names (body
// and headings, each weight and style) can draw, so that validation can warn about a character
// the PDF would not print without loading the fonts. Run it after changing a template's fonts:
// `npm run templates:coverage`. tests/templates/font-coverage.test.ts fails while it is stale.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { PageStyle } from '../shared/model/template.js';
import { formatCoverage } from '../shared/validate/drawable.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The coverage text of a template folder: the code points all its faces hold, as ranges. */
export function coverageOf(folder: string, fonts: PageStyle['fonts']): string {
  const files = [...new Set([...Object.values(fonts.body), ...Object.values(fonts.heading)])];
  let common: Set<number> | undefined;
  for (const file of files) {
    const font = fontkit.openSync(join(folder, file)) as fontkit.Font;
    const set = new Set(font.characterSet);
    common = common ? new Set([...common].filter((cp) => set.has(cp))) : set;
  }
  return formatCoverage(common ?? []);
}

/** The template folders of the repository, by id. */
export function templateFolders(): string[] {
  return readdirSync(join(root, 'templates'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, 'templates', d.name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const folder of templateFolders()) {
    const file = join(folder, 'template.json');
    const template = JSON.parse(readFileSync(file, 'utf8')) as { page: PageStyle };
    template.page.fonts.coverage = coverageOf(folder, template.page.fonts);
    writeFileSync(file, `${JSON.stringify(template, null, 2)}\n`);
    console.log(`${folder}: ${template.page.fonts.coverage.split(' ').length} ranges`);
  }
}
