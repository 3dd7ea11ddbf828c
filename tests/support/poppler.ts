import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** The text of a PDF as poppler's pdftotext extracts it (reading order, UTF-8). */
export function pdfText(file: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** pdfinfo's fields (Title, Pages, Tagged…). */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** pdffonts' rows: name, type, embedded, subset. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name type encoding emb sub uni object ID; the name has no spaces, the type may.
  return lines.map((l) => {
    const cells = l.trim().split(/\s+/);
    const emb = cells[cells.length - 5];
    return { name: cells[0]!, embedded: emb === 'yes' };
  });
}

/** The outline (bookmarks) titles of a PDF, from poppler's XML output. */
export function pdfOutline(file: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-enc', 'UTF-8', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const outline = xml.slice(xml.indexOf('<outline'), xml.lastIndexOf('</outline>'));
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) => decodeXml(m[1]!).trim());
}

/** Decodes the XML entities poppler writes, named and numeric. */
function decodeXml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A word of a PDF page with its box, from `pdftotext -bbox`. */
export interface PdfWord {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
}

/** Every word of a PDF with its page and position (points from the top left). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: PdfWord[] = [];
  html.split('<page ').slice(1).forEach((page, p) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      words.push({ page: p + 1, x: Number(m[1]), y: Number(m[2]), width: Number(m[3]) - Number(m[1]), text: decodeXml(m[4]!) });
    }
  });
  return words;
}

/** Converts a document to PDF with LibreOffice, as a user would, in a private profile. */
export function libreOfficeToPdf(file: string): string {
  const out = mkdtempSync(join(tmpdir(), 'bilan-lo-'));
  const profile = mkdtempSync(join(tmpdir(), 'bilan-lo-profile-'));
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], { encoding: 'utf8', timeout: 180_000 });
  const pdf = readdirSync(out).find((f) => f.endsWith('.pdf'));
  if (!pdf) throw new Error(`LibreOffice did not convert ${basename(file)}: ${run.stderr || run.stdout}`);
  return join(out, pdf);
}
