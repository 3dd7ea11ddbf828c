import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/paths.js';

/** Writes a PDF to a fresh temporary folder and returns its path. */
export function writePdf(bytes: Uint8Array, name: string): string {
  const file = join(tempDir('bilan-pdf-'), name);
  writeFileSync(file, bytes);
  return file;
}

/** The text of each page (pdftotext separates pages with form feeds). */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

/** Every word poppler finds, with its box and page size, from `pdftotext -bbox`. */
export function wordBoxes(file: string): { page: number; pageWidth: number; word: string; xMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const out: { page: number; pageWidth: number; word: string; xMin: number; xMax: number; yMax: number }[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const m of html.matchAll(/<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1]) {
      page++;
      pageWidth = Number(m[1]);
    } else out.push({ page, pageWidth, word: m[5]!, xMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return out;
}
