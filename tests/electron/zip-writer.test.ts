import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../electron/main/services/zip-writer.js';
import { tempDir } from '../support/paths.js';

// The zip writer the DOCX export uses: its archives must read back byte for byte with another
// reader, names in UTF-8, stored and deflated parts alike, in the order given.

const text = (n: number) => new TextEncoder().encode('<w:p>Résultats et impacts – œuvre « ouverte »</w:p>'.repeat(n));

describe('zipParts', () => {
  const parts = [
    { path: '[Content_Types].xml', bytes: text(3), level: 6 },
    { path: 'word/document.xml', bytes: text(20000), level: 6 },
    { path: 'word/fonts/font1.odttf', bytes: Uint8Array.from({ length: 300000 }, (_, i) => (i * 7919) % 251), level: 1 },
    { path: 'word/media/élément.png', bytes: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), level: 0 },
    { path: 'empty.txt', bytes: new Uint8Array(0), level: 6 },
  ];
  const zip = zipParts(parts, new Date(2026, 10, 23, 14, 30, 12));

  it('reads back byte for byte with fflate, in order', () => {
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(parts.map((p) => p.path));
    for (const p of parts) expect(Buffer.from(files[p.path]!).equals(Buffer.from(p.bytes)), p.path).toBe(true);
  });

  it('compresses what it is asked to, and stores the rest', () => {
    expect(zip.length).toBeLessThan(parts.reduce((n, p) => n + p.bytes.length, 0) / 2);
    // The stored PNG's bytes appear as they are.
    expect(Buffer.from(zip).includes(Buffer.from(parts[3]!.bytes))).toBe(true);
  });

  it('passes an independent reader’s checks of every CRC and size (Python’s zipfile)', () => {
    const file = join(tempDir('bilan-zip-'), 'parts.zip');
    writeFileSync(file, zip);
    const script = 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), [(i.filename, i.date_time) for i in z.infolist()][3])';
    const report = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(report.trim()).toBe("None ('word/media/élément.png', (2026, 11, 23, 14, 30, 12))");
  });
});
