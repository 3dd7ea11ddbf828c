import { BuilderElement, Run, XmlAttributeComponent, XmlComponent } from 'docx';

/** `xml:space="preserve"`, so that the spaces of a field code survive. */
class PreserveSpace extends XmlAttributeComponent<{ space: 'preserve' }> {
  protected override readonly xmlKeys = { space: 'xml:space' };
}

/** A field code (`w:instrText`), such as `TOC \o "1-2" \h`. */
class InstrText extends XmlComponent {
  constructor(code: string) {
    super('w:instrText');
    this.root.push(new PreserveSpace({ space: 'preserve' }));
    this.root.push(code);
  }
}

function fieldChar(type: 'begin' | 'separate' | 'end', dirty = false): BuilderElement<{ type: string; dirty?: string }> {
  return new BuilderElement<{ type: string; dirty?: string }>({
    name: 'w:fldChar',
    attributes: { type: { key: 'w:fldCharType', value: type }, ...(dirty ? { dirty: { key: 'w:dirty', value: 'true' } } : {}) },
  });
}

/**
 * The run that opens a complex field and starts its cached result: what follows, up to
 * `fieldEnd()`, is what Word and LibreOffice show until the field is updated. docx only
 * builds whole fields, and a table of contents must open in its first entry's paragraph.
 * A `dirty` field tells Word its result is out of date: Word updates it when the file opens.
 */
export function fieldBegin(code: string, dirty = false): Run {
  return new Run({ children: [fieldChar('begin', dirty), new InstrText(` ${code} `), fieldChar('separate')] });
}

/** The run that closes a complex field opened by `fieldBegin`. */
export function fieldEnd(): Run {
  return new Run({ children: [fieldChar('end')] });
}
