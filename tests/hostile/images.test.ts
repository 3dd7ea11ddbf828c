import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngChunk } from '../../seeds/build/png.js';
import { imageSize } from '../../shared/format/image.js';
import { LIMITS } from '../../shared/model/limits.js';
import { bilan } from '../support/cli.js';
import { digest, files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// The audit's reproductions: only an image's first bytes were checked, so a 995 KB PNG declaring
// 16,000 × 16,000 pixels took 25.6 s and 4.1 GB to export, a 2.2 MB one at 24,000² 73 s and
// 9.2 GB, and 19 MB of anything behind a PNG signature went into the DOCX byte for byte.

/** A PNG that declares `width` × `height` (RGB); its rows are real only when `rows` is set. */
function png(width: number, height: number, rows = false): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + 3 * width, 0x60);
  row[0] = 0;
  const data = rows ? deflateSync(Buffer.concat(Array.from({ length: height }, () => row))) : deflateSync(row);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', data), pngChunk('IEND', new Uint8Array())]);
}

/** A baseline JPEG's header declaring `width` × `height`, then a scan and its end. */
function jpeg(width: number, height: number): Buffer {
  const sof = [0xff, 0xc0, 0, 11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0];
  const sos = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0];
  return Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, ...sof, ...sos, 0x12, 0x34, 0xff, 0xd9]);
}

/** The sample, saved as a folder (the unpacked form, which takes any bytes), with one more image in card 1. */
async function sampleFolderWith(name: string, bytes: Uint8Array, mime: 'image/png' | 'image/jpeg', declared: { width: number; height: number }): Promise<string> {
  const { report, media } = await files.open(SAMPLE);
  const folder = join(tempDir('bilan-hostile-image-'), 'rapport.bilan');
  mkdirSync(join(folder, 'media'), { recursive: true });
  report.media.push({ id: 'hostile', file: name, mime, ...declared });
  const results = report.cards[0]!.fields['results'];
  if (results?.kind !== 'richText' || !results.fr) throw new Error('the sample changed: card 1 has no French results');
  results.fr.content = [...results.fr.content, { type: 'image', media: 'hostile', alt: 'Image' }];
  for (const [file, data] of media) writeFileSync(join(folder, 'media', file), data);
  writeFileSync(join(folder, 'media', name), bytes);
  writeFileSync(join(folder, 'report.json'), JSON.stringify(report));
  return folder;
}

describe('an image is measured from its header, before anything decodes it', () => {
  it('reads the size a PNG or a JPEG declares, and refuses bytes that are not a whole image', () => {
    expect(imageSize(png(16_000, 16_000), 'image/png')).toEqual({ width: 16_000, height: 16_000 });
    expect(imageSize(jpeg(24_000, 3_000), 'image/jpeg')).toEqual({ width: 24_000, height: 3_000 });
    const signatureOnly = Buffer.concat([png(4, 2).subarray(0, 8), Buffer.alloc(1000, 0x41)]);
    expect(imageSize(signatureOnly, 'image/png')).toBeUndefined();
    expect(imageSize(png(4, 2).subarray(0, 40), 'image/png')).toBeUndefined();
    expect(imageSize(png(4, 2), 'image/jpeg')).toBeUndefined();
    expect(imageSize(jpeg(4, 2).subarray(0, 10), 'image/jpeg')).toBeUndefined();
  });
});

describe('a report whose image is too large to draw', () => {
  const side = Math.floor(Math.sqrt(LIMITS.imagePixels));

  it('is refused on opening, naming the image, its size and the limit, in the user’s language, and nothing is written', async () => {
    const folder = await sampleFolderWith('geante.png', png(16_000, 16_000), 'image/png', { width: 16_000, height: 16_000 });
    const out = tempDir('bilan-hostile-out-');
    const fr = bilan(['export', folder, '--format', 'pdf', '--lang', 'fr', '--allow-missing', '--out', join(out, 'rapport.pdf')]);
    expect(fr.status).toBe(2);
    expect(fr.stderr).toContain('geante.png');
    expect(fr.stderr).toContain('16000 × 16000');
    expect(fr.stderr).toContain(`${LIMITS.imagePixels / 1_000_000} millions`);
    expect(fr.stderr).not.toMatch(/\n\s+at /);
    const en = bilan(['info', folder], 'en_GB.UTF-8');
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('more than the 25 million allowed');
    expect(bilan(['validate', folder]).status).toBe(2);
    rmSync(out, { recursive: true });
  });

  it('is refused just over the limit, and kept just under it', async () => {
    await expect(files.open(await sampleFolderWith('over.png', png(side + 1, side), 'image/png', { width: side + 1, height: side }))).rejects.toThrow(/over\.png/);
    await expect(files.open(await sampleFolderWith('over.jpg', jpeg(side, side + 1), 'image/jpeg', { width: side, height: side + 1 }))).rejects.toThrow(/over\.jpg/);
    const under = await files.open(await sampleFolderWith('under.png', png(side, side), 'image/png', { width: side, height: side }));
    expect(under.media.has('under.png')).toBe(true);
  });

  it('is refused when its bytes only begin like a PNG, or weigh more than the byte limit', async () => {
    const junk = Buffer.concat([png(4, 2).subarray(0, 8), Buffer.alloc(19 * 1024 * 1024, 0x41)]);
    await expect(files.open(await sampleFolderWith('faux.png', junk, 'image/png', { width: 4, height: 2 }))).rejects.toThrow(/faux\.png.*not a whole image\/png image/);
    // Over the byte limit: a folder's image is refused before it is read; saved into a report, it is named.
    const heavy = Buffer.concat([png(4, 2), Buffer.alloc(LIMITS.mediaBytes, 0)]);
    await expect(files.open(await sampleFolderWith('lourde.png', heavy, 'image/png', { width: 4, height: 2 }))).rejects.toMatchObject({ key: 'open.tooLarge' });
    const { report, media } = await files.open(SAMPLE);
    report.media.push({ id: 'lourde', file: 'lourde.png', mime: 'image/png', width: 4, height: 2 });
    const file = join(tempDir('bilan-hostile-heavy-'), 'rapport.bilan');
    await expect(files.save(file, report, new Map([...media, ['lourde.png', heavy]]))).rejects.toThrow(/lourde\.png.*larger than 20 MB/);
  });

  it('cannot be saved into a report either: the file on disk stays as it was', async () => {
    const { report, media } = await files.open(SAMPLE);
    const file = join(tempDir('bilan-hostile-save-'), 'rapport.bilan');
    await files.save(file, report, media);
    const before = digest(file);
    report.media.push({ id: 'big', file: 'big.png', mime: 'image/png', width: 16_000, height: 16_000 });
    await expect(files.save(file, report, new Map([...media, ['big.png', png(16_000, 16_000)]]))).rejects.toThrow(/big\.png/);
    expect(digest(file)).toBe(before);
  });
});
