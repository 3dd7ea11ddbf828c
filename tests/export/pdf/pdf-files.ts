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

/**
 * What a reader would have to repair in a PDF's file structure: each object the cross-reference
 * table lists must begin exactly at its offset, `startxref` must point at the table, and every
 * stream must be as long as its /Length says. Poppler repairs such faults silently, so the
 * tests look for them here. Returns the faults found (none for a sound file).
 */
export function structureFaults(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const faults: string[] = [];
  const start = /startxref\n(\d+)\n%%EOF\n?$/.exec(text);
  if (!start) return ['no startxref at the end of the file'];
  const xref = Number(start[1]);
  if (!text.startsWith('xref\n', xref)) return [`startxref points at ${xref}, not at the cross-reference table`];
  const head = /^xref\n0 (\d+)\n/.exec(text.slice(xref, xref + 40));
  if (!head) return ['unreadable cross-reference table'];
  const count = Number(head[1]);
  let at = xref + head[0].length;
  for (let id = 0; id < count; id++, at += 20) {
    const entry = text.slice(at, at + 19);
    if (id === 0) continue;
    const offset = Number(entry.slice(0, 10));
    if (!text.startsWith(`${id} 0 obj\n`, offset)) faults.push(`object ${id}: the table says ${offset}`);
  }
  for (const m of text.matchAll(/\/Length (\d+)\n(?:[^]*?)>>\nstream\n/g)) {
    const from = m.index + m[0].length;
    const length = Number(m[1]);
    if (!text.startsWith('\nendstream', from + length)) faults.push(`stream at ${from}: /Length ${length} does not end it`);
  }
  return faults;
}

/** A node of a PDF's structure tree, as `pdfinfo -struct-text` prints it, with the text it holds. */
export interface StructNode {
  type: string;
  text: string[];
  children: StructNode[];
}

/** The structure tree of a tagged PDF with each element's text (poppler's `pdfinfo -struct-text`). */
export function structTree(file: string): StructNode {
  const out = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const root: StructNode = { type: 'root', text: [], children: [] };
  const stack: { indent: number; node: StructNode }[] = [{ indent: -1, node: root }];
  for (const line of out.split('\n')) {
    const m = /^( *)(?:"(.*)"|([A-Za-z]+)\b)/.exec(line);
    if (!m) continue;
    const indent = m[1]!.length;
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!.node;
    if (m[2] !== undefined) parent.text.push(m[2]);
    else {
      const node: StructNode = { type: m[3]!, text: [], children: [] };
      parent.children.push(node);
      stack.push({ indent, node });
    }
  }
  return root;
}

/** Every node of a structure tree, depth first. */
export function structNodes(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(structNodes)];
}
