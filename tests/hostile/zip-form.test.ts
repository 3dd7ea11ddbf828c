import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportJson } from '../../shared/format/write.js';
import { BilanError } from '../../shared/i18n/errors.js';
import { MIMETYPE, files, rawZip } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// The audit's reproduction: a zip holding two `report.json` entries opened in Bilan as the last
// one, while `unzip -p` shows the first, so a reviewer reading the file with ordinary tools saw
// another report than the one Bilan imported.

/** CRC-32 of bytes, as zip stores it. */
function crc32(data: Uint8Array): number {
  let c = -1;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

/** A zip of stored entries, in the order given, names repeated if asked: what zip libraries refuse to write. */
function storedZip(entries: [string, Uint8Array][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(fileName.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(crc32(data), 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(fileName.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, fileName, Buffer.from(data));
    central.push(dir, fileName);
    offset += head.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function refusalOf(bytes: Uint8Array): Promise<BilanError> {
  const file = join(tempDir('bilan-zip-form-'), 'rapport.bilan');
  writeFileSync(file, bytes);
  const error = await files.open(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BilanError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('a report file reads the same in Bilan and in any zip tool', () => {
  it('refuses two report.json entries, which unzip and Bilan would read differently', async () => {
    const { report } = await files.open(SAMPLE);
    const genuine = Buffer.from(reportJson(report));
    const forged = Buffer.from(reportJson({ ...report, title: { ...report.title, fr: { ...report.title.fr!, content: 'Rapport falsifié' } } }));
    const bytes = storedZip([
      ['mimetype', Buffer.from(MIMETYPE)],
      ['report.json', genuine],
      ['report.json', forged],
    ]);
    const file = join(tempDir('bilan-zip-form-'), 'double.bilan');
    writeFileSync(file, bytes);
    // What a person inspecting the file with ordinary tools sees: the first entry.
    expect(execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).namelist())', file], { encoding: 'utf8' })).toContain("'report.json', 'report.json'");
    const error = await refusalOf(bytes);
    expect(error.key).toBe('open.duplicateEntry');
    expect(error.describe('fr')).toContain('deux entrées « report.json »');
    expect(error.describe('en')).toContain('two entries named “report.json”');
  });

  it('refuses a mimetype that is not the first entry, or that is compressed', async () => {
    const { report, media } = await files.open(SAMPLE);
    const json = reportJson(report);
    expect((await refusalOf(rawZip({ 'report.json': json, mimetype: MIMETYPE }))).key).toBe('open.foreignZip');
    const compressed = (await import('fflate')).zipSync({ mimetype: [Buffer.from(MIMETYPE), { level: 9 }], 'report.json': Buffer.from(json) });
    const error = await refusalOf(compressed);
    expect(error.key).toBe('open.foreignZip');
    expect(error.describe('en')).toContain('not first and stored uncompressed');
    // The same entries, mimetype first and stored, open.
    const sound = join(tempDir('bilan-zip-form-'), 'sound.bilan');
    const images = Object.fromEntries([...media].map(([name, bytes]) => [`media/${name}`, bytes]));
    writeFileSync(sound, rawZip({ mimetype: MIMETYPE, 'report.json': json, ...images }));
    expect((await files.open(sound)).report.cards).toHaveLength(report.cards.length);
  });
});
