import type { IPropertiesOptions } from 'docx';
import type { LayoutFonts } from '../layout/types.js';
import type { PageStyle } from '../../model/template.js';

type EmbeddedFont = NonNullable<IPropertiesOptions['fonts']>[number];
/** docx types font bytes as Node's Buffer but only reads them as bytes; a Uint8Array does. */
type FontBytes = EmbeddedFont['data'];

function faces(name: string, set: LayoutFonts['body']): EmbeddedFont {
  const bytes = (b: Uint8Array) => b as unknown as FontBytes;
  return { name, data: bytes(set.regular), bold: bytes(set.bold), italic: bytes(set.italic), boldItalic: bytes(set.boldItalic) };
}

/**
 * The fonts embedded in the document (Word's "embed fonts in the file"), so that Word and
 * LibreOffice draw the report in the template's typeface on machines that lack it.
 */
export function embeddedFonts(style: PageStyle, fonts: LayoutFonts): EmbeddedFont[] {
  const list = [faces(style.fonts.family, fonts.body)];
  if (style.fonts.headingFamily !== style.fonts.family) list.push(faces(style.fonts.headingFamily, fonts.heading));
  return list;
}
