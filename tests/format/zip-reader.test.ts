import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipNative } from '../../electron/main/services/zip-reader.js';
import { zipParts } from '../../electron/main/services/zip-writer.js';
import { packContainer, unpackContainer } from '../../shared/format/container.js';
import { readReport, type OpenedReport } from '../../shared/format/read.js';
import { reportJson } from '../../shared/format/write.js';
import { BilanError } from '../../shared/i18n/errors.js';
import { MIMETYPE, files, rawZip, reportContainer, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// The main process reads and writes report files with Node's zlib; fflate does it everywhere
// else (and in older versions). A file must open the same way with both, and a damaged one
// must be refused the same way.

let sample: OpenedReport;
let good: Uint8Array;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
  good = reportContainer(sample.report, sample.media).bytes;
});

/** Opens bytes as the main process does: from a file, with Node's zlib. */
function openNative(bytes: Uint8Array): Promise<OpenedReport> {
  const file = join(tempDir(), 'rapport.bilan');
  writeFileSync(file, bytes);
  return files.open(file);
}

/** Opens bytes with the container's default reader, fflate, as code without Node does. */
function openFflate(bytes: Uint8Array): OpenedReport {
  return readReport(unpackContainer(bytes, 'rapport.bilan'), 'rapport.bilan', (id, version) => templates.get(id, version));
}

/** The error each reader gives for the bytes ('opens' when the report opens). */
async function refusals(bytes: Uint8Array): Promise<{ fflate: string; native: string }> {
  const key = (error: unknown) => {
    if (error instanceof BilanError) return error.key;
    throw error;
  };
  const fflate = await Promise.resolve()
    .then(() => openFflate(bytes))
    .then(() => 'opens', key);
  const native = await openNative(bytes).then(() => 'opens', key);
  return { fflate, native };
}

function expectSameImages(actual: ReadonlyMap<string, Uint8Array>, expected: ReadonlyMap<string, Uint8Array>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [name, bytes] of expected) expect(Buffer.from(actual.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
}

/** Where an entry's headers and data sit, in a zip whose names appear once in each header. */
function locate(zip: Uint8Array, name: string): { local: number; central: number; data: number; size: number } {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.length);
  const local = buf.indexOf(name) - 30;
  const central = buf.lastIndexOf(name) - 46;
  expect(buf.readUInt32LE(local)).toBe(0x04034b50);
  expect(buf.readUInt32LE(central)).toBe(0x02014b50);
  return { local, central, data: local + 30 + name.length + buf.readUInt16LE(local + 28), size: buf.readUInt32LE(central + 20) };
}

/** A copy of the bytes with a change applied. */
function altered(bytes: Uint8Array, change: (view: DataView) => void): Uint8Array {
  const copy = new Uint8Array(bytes);
  change(new DataView(copy.buffer));
  return copy;
}

describe('the main process’s zip reader and writer agree with fflate', () => {
  it('a report saved by the main process opens the same with both readers, images byte for byte', async () => {
    const file = join(tempDir(), 'enregistre.bilan');
    await files.save(file, sample.report, sample.media);
    const bytes = new Uint8Array(readFileSync(file));
    const native = await files.open(file);
    const fflate = openFflate(bytes);
    expect(native.report).toEqual(JSON.parse(reportJson(sample.report)));
    expect(fflate.report).toEqual(native.report);
    expectSameImages(native.media, sample.media);
    expectSameImages(fflate.media, sample.media);
  });

  it('a container written by fflate (older versions, other tools) opens with Node’s zlib', async () => {
    const opened = await openNative(good);
    expect(opened.report).toEqual(JSON.parse(reportJson(sample.report)));
    expectSameImages(opened.media, sample.media);
  });

  it('a container written with Node’s zlib opens with fflate, and the same report always gives the same bytes', async () => {
    const json = reportJson(sample.report);
    const bytes = packContainer(json, sample.media, zipParts);
    expect(Buffer.from(packContainer(json, sample.media, zipParts)).equals(Buffer.from(bytes))).toBe(true);
    const entries = unpackContainer(bytes, 'rapport.bilan');
    expect(new TextDecoder().decode(entries.json)).toBe(json);
    expectSameImages(entries.media, sample.media);
    expect((await openNative(bytes)).report).toEqual(openFflate(bytes).report);
  });
});

describe('a damaged container gets the same refusal from both readers', () => {
  it('a flipped byte in report.json’s compressed data', async () => {
    const { data, size } = locate(good, 'report.json');
    for (const at of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
      const bytes = altered(good, (v) => v.setUint8(data + Math.floor(size * at), v.getUint8(data + Math.floor(size * at)) ^ 0x10));
      expect(await refusals(bytes), `byte ${Math.floor(size * at)}`).toEqual({ fflate: 'open.damaged', native: 'open.damaged' });
    }
  });

  it('a truncated file', async () => {
    for (const cut of [10, 200, Math.floor(good.length / 2), good.length - 22, good.length - 1]) {
      expect(await refusals(good.subarray(0, cut)), `cut at ${cut}`).toEqual({ fflate: 'open.damaged', native: 'open.damaged' });
    }
  });

  it('an entry holding more than the size it declares', async () => {
    const { local, central, size } = locate(good, 'report.json');
    const declared = Math.floor(size / 2);
    const bytes = altered(good, (v) => {
      v.setUint32(local + 22, declared, true);
      v.setUint32(central + 24, declared, true);
    });
    expect(await refusals(bytes)).toEqual({ fflate: 'open.damaged', native: 'open.damaged' });
  });

  it('a zip bomb (a small entry declared, 32 MB inside) is refused without inflating it all', async () => {
    const json = reportJson(sample.report);
    const bomb = packContainer(json + ' '.repeat(32 * 1024 * 1024), sample.media, zipParts);
    const { local, central, data } = locate(bomb, 'report.json');
    const compressed = bomb.subarray(data, data + new DataView(bomb.buffer).getUint32(central + 20, true));
    const bytes = altered(bomb, (v) => {
      v.setUint32(local + 22, json.length, true);
      v.setUint32(central + 24, json.length, true);
    });
    expect(inflateRawSync(compressed).length).toBeGreaterThan(32 * 1024 * 1024);
    const refusal = (() => {
      try {
        return unpackContainer(bytes, 'bombe.bilan', unzipNative);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(BilanError);
    expect((refusal as BilanError).key).toBe('open.damaged');
    // Stopped by zlib at the declared size: nothing past it was inflated.
    expect(((refusal as BilanError).cause as NodeJS.ErrnoException).code).toBe('ERR_BUFFER_TOO_LARGE');
    expect((await refusals(bytes)).fflate).toBe('open.damaged');
  });

  it('an entry of an unexpected name', async () => {
    const bytes = rawZip({ mimetype: MIMETYPE, 'report.json': reportJson(sample.report), 'script.sh': 'rm -rf ~' });
    expect(await refusals(bytes)).toEqual({ fflate: 'open.unexpectedEntry', native: 'open.unexpectedEntry' });
  });

  it('no mimetype', async () => {
    const bytes = rawZip({ 'report.json': reportJson(sample.report) });
    expect(await refusals(bytes)).toEqual({ fflate: 'open.foreignZip', native: 'open.foreignZip' });
  });

  it('an entry flagged as encrypted', async () => {
    const { local, central } = locate(good, 'report.json');
    const bytes = altered(good, (v) => {
      v.setUint16(local + 6, v.getUint16(local + 6, true) | 1, true);
      v.setUint16(central + 8, v.getUint16(central + 8, true) | 1, true);
    });
    expect(await refusals(bytes)).toEqual({ fflate: 'open.damaged', native: 'open.damaged' });
  });
});
