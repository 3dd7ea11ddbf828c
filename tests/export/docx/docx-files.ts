import { strFromU8, unzipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayoutFonts } from '../../../shared/export/layout/types.js';
import type { Template } from '../../../shared/model/template.js';
import type { TemplateStore } from '../../../electron/main/services/template-store.js';
import { tempDir } from '../../support/paths.js';

/** The font files of a template, as the export service reads them. */
export function templateFonts(templates: TemplateStore, template: Template): LayoutFonts {
  const read = (faces: Template['page']['fonts']['body']) => ({
    regular: templates.font(template.id, faces.regular),
    bold: templates.font(template.id, faces.bold),
    italic: templates.font(template.id, faces.italic),
    boldItalic: templates.font(template.id, faces.boldItalic),
  });
  return { body: read(template.page.fonts.body), heading: read(template.page.fonts.heading) };
}

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
