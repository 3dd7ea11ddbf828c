import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/model/limits.js';
import { files, refusalOf } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// The audit's reproductions: the unpacked form of a report (a folder holding report.json and
// media/) got none of the zip's limits. A 500 MB report.json was read at 2 GB of memory, and a
// report.json that was a link to /dev/zero never finished.

/** The sample written out as a folder; returns its path. */
async function sampleFolder(): Promise<string> {
  const { report, media } = await files.open(SAMPLE);
  const folder = join(tempDir('bilan-folder-'), 'rapport.bilan');
  mkdirSync(join(folder, 'media'), { recursive: true });
  writeFileSync(join(folder, 'report.json'), JSON.stringify(report));
  for (const [name, bytes] of media) writeFileSync(join(folder, 'media', name), bytes);
  return folder;
}

/** The key of the error opening `folder` gives, and its English wording. */
async function refusal(folder: string): Promise<{ key: string; message: string }> {
  const error = await refusalOf(files.open(folder));
  return { key: error.key, message: error.describe('en') };
}

describe('a report as a folder is read with the zip’s limits', () => {
  it('opens as the zip does when it is sound', async () => {
    const opened = await files.open(await sampleFolder());
    expect(opened.report.cards).toHaveLength(21);
  });

  it('refuses a report.json one byte over the limit, without reading it', async () => {
    const folder = await sampleFolder();
    // Sparse: the file claims its size without taking the disk.
    truncateSync(join(folder, 'report.json'), LIMITS.reportJsonBytes + 1);
    const { key, message } = await refusal(folder);
    expect(key).toBe('open.tooLarge');
    expect(message).toContain('rapport.bilan');
  });

  it('refuses a report.json that is a link, to /dev/zero or to a file elsewhere', async () => {
    const elsewhere = join(tempDir('bilan-elsewhere-'), 'report.json');
    writeFileSync(elsewhere, '{}');
    for (const target of ['/dev/zero', elsewhere]) {
      const folder = await sampleFolder();
      const link = join(folder, 'report.json');
      rmSync(link);
      symlinkSync(target, link);
      expect((await refusal(folder)).key, target).toBe('open.damaged');
    }
  });

  it('refuses an image one byte over the limit, or one that is a link', async () => {
    const heavy = await sampleFolder();
    const name = 'lourde.png';
    writeFileSync(join(heavy, 'media', name), '');
    truncateSync(join(heavy, 'media', name), LIMITS.mediaBytes + 1);
    expect((await refusal(heavy)).key).toBe('open.tooLarge');
    const linked = await sampleFolder();
    symlinkSync('/dev/zero', join(linked, 'media', 'zero.png'));
    expect((await refusal(linked)).key).toBe('open.damaged');
  });

  it('refuses more images than a container may hold', async () => {
    const folder = await sampleFolder();
    for (let i = 0; i < LIMITS.containerEntries; i++) writeFileSync(join(folder, 'media', `n${i}.png`), '');
    expect((await refusal(folder)).key).toBe('open.tooLarge');
  });
});
