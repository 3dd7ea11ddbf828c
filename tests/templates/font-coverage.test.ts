import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf, templateFolders } from '../../scripts/font-coverage.js';
import { parseCoverage, undrawable } from '../../shared/validate/drawable.js';

describe('each template lists the characters its fonts can print', () => {
  for (const folder of templateFolders()) {
    it(`${folder.split('/').pop()}: the list matches its font files (else run npm run templates:coverage)`, () => {
      const template = JSON.parse(readFileSync(join(folder, 'template.json'), 'utf8')) as { page: { fonts: Parameters<typeof coverageOf>[1] } };
      expect(template.page.fonts.coverage).toBe(coverageOf(folder, template.page.fonts));
      const ranges = parseCoverage(template.page.fonts.coverage!);
      // French and English, their typography, and what the reports print: all there.
      expect(undrawable('Œuvre « été » – l’État, 15 000 € ; 76 % … n°1 ✓ □', ranges)).toEqual([]);
      expect(undrawable('مرحبا שלום 😀 中文', ranges, 20)).toEqual(['م', 'ر', 'ح', 'ب', 'ا', 'ש', 'ל', 'ו', 'ם', '😀', '中', '文']);
    });
  }
});
