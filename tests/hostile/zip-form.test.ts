import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../electron/main/services/zip-writer.js';
import { reportJson } from '../../shared/format/write.js';
import type { BilanError } from '../../shared/i18n/errors.js';
import { MIMETYPE, files, rawZip, refusalOf } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// The audit's reproduction: a zip holding two `report.json` entries opened in Bilan as the last
// one, while `unzip -p` shows the first, so a reviewer reading the file with ordinary tools saw
// another report than the one Bilan imported.

async function openingRefusal(bytes: Uint8Array): Promise<BilanError> {
  const file = join(tempDir('bilan-zip-form-'), 'rapport.bilan');
  writeFileSync(file, bytes);
  const error = await refusalOf(files.open(file));
  return error;
}

describe('a report file reads the same in Bilan and in any zip tool', () => {
  it('refuses two report.json entries, which unzip and Bilan would read differently', async () => {
    const { report } = await files.open(SAMPLE);
    const genuine = Buffer.from(reportJson(report));
    const forged = Buffer.from(reportJson({ ...report, title: { ...report.title, fr: { ...report.title.fr!, content: 'Rapport falsifié' } } }));
    // Our own zip writer keeps parts as given, names repeated included: what zip libraries refuse to write.
    const bytes = zipParts([
      { path: 'mimetype', bytes: Buffer.from(MIMETYPE), level: 0 },
      { path: 'report.json', bytes: genuine, level: 6 },
      { path: 'report.json', bytes: forged, level: 6 },
    ]);
    const file = join(tempDir('bilan-zip-form-'), 'double.bilan');
    writeFileSync(file, bytes);
    // What a person inspecting the file with ordinary tools sees: the first entry.
    expect(execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).namelist())', file], { encoding: 'utf8' })).toContain("'report.json', 'report.json'");
    const error = await openingRefusal(bytes);
    expect(error.key).toBe('open.duplicateEntry');
    expect(error.describe('fr')).toContain('deux entrées « report.json »');
    expect(error.describe('en')).toContain('two entries named “report.json”');
  });

  it('refuses a mimetype that is not the first entry, or that is compressed', async () => {
    const { report, media } = await files.open(SAMPLE);
    const json = reportJson(report);
    expect((await openingRefusal(rawZip({ 'report.json': json, mimetype: MIMETYPE }))).key).toBe('open.foreignZip');
    const compressed = (await import('fflate')).zipSync({ mimetype: [Buffer.from(MIMETYPE), { level: 9 }], 'report.json': Buffer.from(json) });
    const error = await openingRefusal(compressed);
    expect(error.key).toBe('open.foreignZip');
    expect(error.describe('en')).toContain('not first and stored uncompressed');
    // The same entries, mimetype first and stored, open.
    const sound = join(tempDir('bilan-zip-form-'), 'sound.bilan');
    const images = Object.fromEntries([...media].map(([name, bytes]) => [`media/${name}`, bytes]));
    writeFileSync(sound, rawZip({ mimetype: MIMETYPE, 'report.json': json, ...images }));
    expect((await files.open(sound)).report.cards).toHaveLength(report.cards.length);
  });
});
