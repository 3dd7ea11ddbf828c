import type { Person, Report } from '../../shared/model/report.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { files } from './fixtures.js';
import { SAMPLE } from './paths.js';

/**
 * Edits a returned package as its institution would (its images by file name in `media`), and
 * stamps it as sent by `sender`.
 */
export async function contribute(file: string, sender: Person, edit: (report: Report, media: Map<string, Uint8Array>) => void): Promise<void> {
  const pkg = await files.open(file);
  edit(pkg.report, pkg.media);
  pkg.report.package!.sent = { by: sender, at: '2021-03-20T10:00:00.000Z' };
  await files.save(file, pkg.report, pkg.media);
}

/**
 * Adds to a package a picture of its own (the sample's network diagram under a new id), as an
 * institution inserting an image would; returns the image block that shows it.
 */
export function addPicture(report: Report, media: Map<string, Uint8Array>, id: string, alt: string): { type: 'image'; media: string; alt: string } {
  media.set(`${id}.png`, readFileSync(join(SAMPLE, 'media', 'data-network.png')));
  report.media.push({ id, file: `${id}.png`, mime: 'image/png', width: 400, height: 240 });
  return { type: 'image', media: id, alt };
}
