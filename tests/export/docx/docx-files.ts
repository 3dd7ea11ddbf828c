import { strFromU8, unzipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/paths.js';

/** The text parts of a DOCX (XML and relationships), by path. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, data]) => [name, strFromU8(data)]));
}

/** Writes a DOCX to a fresh temporary folder and returns its path. */
export function writeDocx(bytes: Uint8Array, name: string): string {
  const file = join(tempDir('bilan-docx-'), name);
  writeFileSync(file, bytes);
  return file;
}

/** The text of the paragraphs of a WordprocessingML part, one paragraph per line. */
export function paragraphsText(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}
