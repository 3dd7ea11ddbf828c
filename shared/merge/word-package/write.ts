import { strToU8 } from 'fflate';
import type { ZipPart } from '../../format/container.js';
import { fill, t, type MessageKey, type MessageParams } from '../../i18n/i18n.js';
import type { Lang } from '../../model/localized.js';
import type { Block, Inline, List, RichText } from '../../model/richtext.js';
import type { Card, Person, Report } from '../../model/report.js';
import type { FieldDef, Template } from '../../model/template.js';
import { contentIn } from '../../report/localized.js';
import { plainText } from '../../report/text.js';
import { bookmarkOf, markersOf, optionsOf, shownValue, tagOf, type Marker } from './fields.js';
import { esc } from './xml.js';

/** The namespace of our custom XML part, and the name of the document properties we set. */
export const BASE_NAMESPACE = 'urn:bilan:word-package:1';
export const BASE_PART = 'customXml/item1.xml';
export const PROPERTY_PACKAGE = 'BilanPackage';
export const PROPERTY_REPORT = 'BilanReport';

/** What the coordinator says with a Word package, beside the package itself. */
export interface WordPackageOptions {
  /** The language of the document's labels and instructions. */
  lang: Lang;
  /** The languages a contributor fills in (each localized field gets a row per language). */
  langs: Lang[];
  /** Whom to send the document back to, when known. */
  contact: Person | null;
  /** Each card's base digest (SHA-256 hex), by card id. */
  digests: ReadonlyMap<string, string>;
  /** The images the cards show, by file name. */
  media: ReadonlyMap<string, Uint8Array>;
}

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

/** A4 text width with 2 cm margins, in twentieths of a point, and the two columns of a card table. */
const TEXT_WIDTH = 9638;
const LABEL_WIDTH = 2750;
const CONTENT_WIDTH = TEXT_WIDTH - LABEL_WIDTH;
/** One twip in EMU (drawing units). */
const EMU_PER_TWIP = 635;

const COLOURS = { primary: '000091', label: 'EEEEF5', fill: 'FFFFFF', rule: 'B5B5C8', muted: '595959', note: 'F5F5FE' };

/** Builds the document's XML, keeping what the other parts need (images, links, notes, lists). */
class Writer {
  readonly rels: { id: string; type: string; target: string; external?: boolean }[] = [];
  readonly images = new Map<string, { rel: string; file: string }>();
  readonly footnotes: string[] = [];
  /** Each list gets its own numbering instance, so that numbering restarts with each list. */
  readonly lists: { num: number; ordered: boolean }[] = [];
  private drawings = 0;
  /** The package's markers, in order: a field's bookmark is its place in this list. */
  markers: Marker[] = [];

  constructor(
    readonly report: Report,
    readonly template: Template,
    readonly options: WordPackageOptions,
  ) {}

  tr(key: MessageKey, params: MessageParams = {}): string {
    return t(this.options.lang, key, params);
  }

  rel(type: string, target: string, external = false): string {
    const id = `rId${this.rels.length + 10}`;
    this.rels.push({ id, type, target, ...(external ? { external } : {}) });
    return id;
  }

  run(text: string, props = ''): string {
    if (!text) return '';
    const parts = text.split(/(\t|\n)/);
    const inner = parts.map((p) => (p === '\t' ? '<w:tab/>' : p === '\n' ? '<w:br/>' : p ? `<w:t xml:space="preserve">${esc(p)}</w:t>` : '')).join('');
    return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${inner}</w:r>`;
  }

  inlines(inlines: readonly Inline[]): string {
    return inlines
      .map((inline) => {
        switch (inline.type) {
          case 'text':
            return this.run(inline.text, `${inline.bold ? '<w:b/>' : ''}${inline.italic ? '<w:i/>' : ''}`);
          case 'break':
            return '<w:r><w:br/></w:r>';
          case 'link': {
            const id = this.rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', inline.url, true);
            const runs = inline.children.map((c) => (c.type === 'break' ? '<w:r><w:br/></w:r>' : this.run(c.text, `<w:rStyle w:val="Hyperlink"/>${c.bold ? '<w:b/>' : ''}${c.italic ? '<w:i/>' : ''}`))).join('');
            return `<w:hyperlink r:id="${id}">${runs}</w:hyperlink>`;
          }
          case 'footnote': {
            const id = this.footnotes.length + 1;
            this.footnotes.push(`<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${this.run(' ')}${this.inlines(inline.children)}</w:p></w:footnote>`);
            return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
          }
        }
      })
      .join('');
  }

  paragraph(content: string, props = ''): string {
    return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
  }

  list(list: List, level: number, num?: number): string {
    const n = num ?? this.newList(list.ordered);
    return list.items
      .map((item) => this.paragraph(this.inlines(item.children), `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${n}"/></w:numPr>`) + (item.sublist ? this.list(item.sublist, level + 1, item.sublist.ordered === list.ordered ? n : undefined) : ''))
      .join('');
  }

  newList(ordered: boolean): number {
    const num = this.lists.length + 1;
    this.lists.push({ num, ordered });
    return num;
  }

  image(block: Extract<Block, { type: 'image' }>): string {
    const media = this.report.media.find((m) => m.id === block.media);
    if (!media || !this.options.media.has(media.file)) return this.paragraph(this.run(`[${block.alt}]`, '<w:i/>'));
    let found = this.images.get(media.id);
    if (!found) {
      const file = `media/${media.file}`;
      found = { rel: this.rel('http://schemas.openxmlformats.org/officeDocument/2006/relationships/image', file), file };
      this.images.set(media.id, found);
    }
    const cx = Math.round((CONTENT_WIDTH - 300) * EMU_PER_TWIP * (block.width ?? 1));
    const cy = Math.round((cx * media.height) / media.width);
    const id = ++this.drawings;
    const drawing = `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${id}" name="${esc(media.id)}" descr="${esc(block.alt)}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${id}" name="${esc(media.file)}" descr="${esc(block.alt)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${found.rel}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`;
    return this.paragraph(`<w:r>${drawing}</w:r>`);
  }

  table(block: Extract<Block, { type: 'table' }>, width: number): string {
    const cols = block.rows[0]!.length;
    const total = (block.widths ?? []).reduce((a, b) => a + b, 0);
    const widths = block.rows[0]!.map((_, i) => Math.floor(block.widths && total ? (width * block.widths[i]!) / total : width / cols));
    const rows = block.rows
      .map((row, r) => {
        const header = block.headerRow && r === 0;
        const cells = row.map((cell, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${header ? `<w:shd w:val="clear" w:color="auto" w:fill="${COLOURS.label}"/>` : ''}</w:tcPr>${this.paragraph(this.inlines(cell.children))}</w:tc>`).join('');
        return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
      })
      .join('');
    return `<w:tbl><w:tblPr><w:tblStyle w:val="BilanGrid"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="${block.headerRow ? 1 : 0}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;
  }

  blocks(blocks: RichText, width: number): string {
    return blocks
      .map((block) => {
        switch (block.type) {
          case 'paragraph':
            return this.paragraph(this.inlines(block.children));
          case 'heading':
            return this.paragraph(this.inlines(block.children), `<w:pStyle w:val="BilanSubheading${block.level}"/>`);
          case 'list':
            return this.list(block, 0);
          case 'table':
            return this.table(block, width);
          case 'image':
            return this.image(block);
          default:
            return this.paragraph(this.run(plainText([block])));
        }
      })
      .join('');
  }

  /**
   * A field's cell: its content, with a bookmark around it (`_bilan` and the marker's number),
   * which every editor keeps. The cell is the field: what is typed in it is the field's value.
   */
  field(m: Marker, card: Card, width: number): string {
    const index = this.markers.indexOf(m);
    const value = shownValue(card, m, this.template, this.options.lang);
    let body = typeof value === 'string' ? value.split('\n').map((line) => this.paragraph(this.run(line))).join('') : this.blocks(value, width - 220);
    if (!body.endsWith('</w:p>')) body += this.paragraph('');
    const name = bookmarkOf(index);
    body = body.replace(/^<w:p>(<w:pPr>.*?<\/w:pPr>)?/, (open: string) => `${open}<w:bookmarkStart w:id="${index}" w:name="${name}"/>`);
    if (!body.startsWith('<w:p>')) body = `<w:bookmarkStart w:id="${index}" w:name="${name}"/>${body}`;
    body = body.replace(/<\/w:p>$/, `<w:bookmarkEnd w:id="${index}"/></w:p>`);
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${body}</w:tc>`;
  }

  /**
   * A field's row: its label, in a content control tagged with the field and its base version
   * (locked: Word lets no one edit or delete it), its help, and the field's cell. The content
   * control stays out of the field's own cell: LibreOffice flattens the formatting of what a
   * content control holds.
   */
  fieldRow(m: Marker, card: Card, label: string, help: string): string {
    const alias = esc(`${this.cardLabel(card)} – ${this.fieldLabel(m)}`.slice(0, 250));
    const tagged = `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="${esc(tagOf(m))}"/><w:id w:val="${100000 + this.markers.indexOf(m)}"/><w:lock w:val="sdtContentLocked"/></w:sdtPr><w:sdtContent>${this.paragraph(this.run(label), '<w:pStyle w:val="BilanLabel"/>')}</w:sdtContent></w:sdt>`;
    const helpPara = help ? this.paragraph(this.run(help), '<w:pStyle w:val="BilanHelp"/>') : '';
    const labelCell = `<w:tc><w:tcPr><w:tcW w:w="${LABEL_WIDTH}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="${COLOURS.label}"/></w:tcPr>${tagged}${helpPara}</w:tc>`;
    return `<w:tr>${labelCell}${this.field(m, card, CONTENT_WIDTH)}</w:tr>`;
  }

  cardLabel(card: Card): string {
    const title = card.fields[this.template.card.titleField];
    const text = title?.kind === 'text' ? (contentIn(title, this.options.lang) ?? contentIn(title, 'fr') ?? '') : '';
    return fill(this.template.card.heading[this.options.lang], { number: card.number, title: text.trim() || '…' }).trim();
  }

  fieldLabel(m: Marker): string {
    const def = this.template.card.fields.find((f) => f.id === m.field)!;
    let label = def.label[this.options.lang];
    if (def.kind === 'rows' && m.column) label += ` – ${def.columns.find((c) => c.id === m.column)?.label[this.options.lang] ?? m.column}`;
    if (m.lang && this.options.langs.length > 1) label += ` (${this.tr(`lang.${m.lang}`)})`;
    return label;
  }

  labelCell(label: string, help: string, width: number): string {
    const helpPara = help ? this.paragraph(this.run(help), '<w:pStyle w:val="BilanHelp"/>') : '';
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="${COLOURS.label}"/></w:tcPr>${this.paragraph(this.run(label), '<w:pStyle w:val="BilanLabel"/>')}${helpPara}</w:tc>`;
  }

  contentCell(content: string, width: number): string {
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  }

  /** A field the contributor does not fill in Word: its value as text, and who fills it. */
  readOnly(card: Card, def: FieldDef): string {
    const value = card.fields[def.id];
    const names = value?.kind === 'institutions' ? value.ids.map((id) => contentIn(this.report.institutions.find((i) => i.id === id)?.name, this.options.lang) ?? id).join(', ') : '';
    return this.paragraph(this.run(names || '—')) + this.paragraph(this.run(this.tr('wordPackage.readOnly')), '<w:pStyle w:val="BilanHelp"/>');
  }

  /** A row spanning the table: a list's row number, or a note. */
  spanRow(text: string, style: string): string {
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="${COLOURS.note}"/></w:tcPr>${this.paragraph(this.run(text), `<w:pStyle w:val="${style}"/><w:keepNext/>`)}</w:tc></w:tr>`;
  }

  /** A `rows` field: a heading row per row of the list, then a row per column (and language). */
  rows(card: Card, def: Extract<FieldDef, { kind: 'rows' }>, markers: Marker[]): string[] {
    const value = card.fields[def.id];
    const rows = value?.kind === 'rows' ? value.rows : [];
    const help = def.help[this.options.lang];
    if (rows.length === 0) return [`<w:tr>${this.labelCell(def.label[this.options.lang], help, LABEL_WIDTH)}${this.contentCell(this.paragraph(this.run(this.tr('wordPackage.noRows')), '<w:pStyle w:val="BilanHelp"/>'), CONTENT_WIDTH)}</w:tr>`];
    const out: string[] = [];
    rows.forEach((row, r) => {
      out.push(this.spanRow(this.tr('wordPackage.rowHeading', { field: def.label[this.options.lang], n: r + 1 }), 'BilanLabel'));
      for (const col of def.columns) {
        const mine = markers.filter((x) => x.row === row.id && x.column === col.id);
        if (mine.length === 0) {
          const cell = row.cells[col.id];
          const names = cell?.kind === 'institutions' ? cell.ids.map((id) => contentIn(this.report.institutions.find((i) => i.id === id)?.name, this.options.lang) ?? id).join(', ') : '';
          out.push(`<w:tr>${this.labelCell(col.label[this.options.lang], '', LABEL_WIDTH)}${this.contentCell(this.paragraph(this.run(names || '—')) + this.paragraph(this.run(this.tr('wordPackage.readOnly')), '<w:pStyle w:val="BilanHelp"/>'), CONTENT_WIDTH)}</w:tr>`);
          continue;
        }
        for (const m of mine) out.push(this.fieldRow(m, card, m.lang && this.options.langs.length > 1 ? `${col.label[this.options.lang]} (${this.tr(`lang.${m.lang}`)})` : col.label[this.options.lang], this.choiceHint(m, '')));
      }
    });
    return out;
  }

  /** A field's help, with a choice's options after it. */
  choiceHint(m: Marker, help: string): string {
    const options = optionsOf(m, this.template, this.options.lang).map((o) => o.label);
    return options.length ? `${help}${help ? ' ' : ''}${this.tr('wordPackage.choices', { options: options.join(' · ') })}` : help;
  }

  card(card: Card, markers: Marker[], newPage: boolean): string {
    const rows: string[] = [];
    for (const def of this.template.card.fields) {
      const help = def.help[this.options.lang];
      const mine = markers.filter((m) => m.card === card.id && m.field === def.id);
      if (def.kind === 'rows') {
        rows.push(...this.rows(card, def, mine));
      } else if (def.kind === 'text' || def.kind === 'richText') {
        // One row per language; a language holding what Word cannot (a chart) is shown, to edit in Bilan.
        this.options.langs.forEach((lang, i) => {
          const m = mine.find((x) => x.lang === lang);
          const label = this.options.langs.length > 1 ? `${def.label[this.options.lang]} (${this.tr(`lang.${lang}`)})` : def.label[this.options.lang];
          const value = card.fields[def.id];
          if (m) rows.push(this.fieldRow(m, card, label, i === 0 ? help : ''));
          else rows.push(`<w:tr>${this.labelCell(label, i === 0 ? help : '', LABEL_WIDTH)}${this.contentCell(this.paragraph(this.run(value?.kind === 'richText' ? plainText(contentIn(value, lang) ?? []) : '')) + this.paragraph(this.run(this.tr('wordPackage.notInWord')), '<w:pStyle w:val="BilanHelp"/>'), CONTENT_WIDTH)}</w:tr>`);
        });
      } else if (mine.length === 0) {
        rows.push(`<w:tr>${this.labelCell(def.label[this.options.lang], '', LABEL_WIDTH)}${this.contentCell(this.readOnly(card, def), CONTENT_WIDTH)}</w:tr>`);
      } else {
        for (const m of mine) rows.push(this.fieldRow(m, card, this.fieldLabel(m), this.choiceHint(m, help)));
      }
    }
    const heading = this.paragraph(this.run(this.cardLabel(card)), `<w:pStyle w:val="Heading2"/><w:keepNext/>${newPage ? '<w:pageBreakBefore/>' : ''}`);
    const table = `<w:tbl><w:tblPr><w:tblStyle w:val="BilanGrid"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="0" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="${LABEL_WIDTH}"/><w:gridCol w:w="${CONTENT_WIDTH}"/></w:tblGrid>${rows.join('')}</w:tbl>`;
    return heading + table;
  }

  instructions(): string {
    const info = this.report.package!;
    const institution = contentIn(this.report.institutions.find((i) => i.id === info.institution)?.name, this.options.lang) ?? info.institution;
    const title = contentIn(this.report.title, this.options.lang) ?? contentIn(this.report.title, 'fr') ?? '';
    const bullet = this.newList(false);
    const item = (text: string) => this.paragraph(this.run(text), `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${bullet}"/></w:numPr>`);
    const langs = this.options.langs.map((l) => this.tr(`lang.${l}`)).join(this.tr('wordPackage.and'));
    const contact = this.options.contact ? this.tr('wordPackage.sendTo', { name: this.options.contact.name, email: this.options.contact.email }) : this.tr('wordPackage.sendBack');
    const deadline = info.deadline ? this.tr('wordPackage.deadline', { date: formatDate(info.deadline, this.options.lang) }) : '';
    const parts = [
      this.paragraph(this.run(this.tr('wordPackage.title', { institution })), '<w:pStyle w:val="Title"/>'),
      this.paragraph(this.run(this.tr('wordPackage.subtitle', { title, period: this.report.period })), '<w:pStyle w:val="Subtitle"/>'),
      deadline ? this.paragraph(this.run(deadline, '<w:b/>'), '<w:pStyle w:val="BilanDeadline"/>') : '',
      this.paragraph(this.run(this.tr('wordPackage.howTitle')), '<w:pStyle w:val="Heading1"/>'),
      item(this.tr('wordPackage.fill', { langs })),
      item(this.tr('wordPackage.formatting')),
      item(this.tr('wordPackage.keep')),
      item(this.tr('wordPackage.outside')),
      item(this.tr('wordPackage.rowsAdd')),
      item(this.tr('wordPackage.save')),
      item(contact + (deadline ? ` ${deadline}` : '')),
    ];
    if (info.message.trim()) {
      parts.push(this.paragraph(this.run(this.tr('wordPackage.messageTitle')), '<w:pStyle w:val="Heading1"/>'));
      for (const line of info.message.split('\n')) parts.push(this.paragraph(this.run(line)));
    }
    parts.push(this.paragraph(this.run(this.tr('wordPackage.cards', { n: this.report.cards.length, cards: this.report.cards.map((c) => c.number).join(', ') })), '<w:pStyle w:val="BilanHelp"/>'));
    return parts.join('');
  }

  document(): string {
    const info = this.report.package!;
    const markers = markersOf(info.bases, this.template, this.options.langs, this.options.digests);
    this.markers = markers;
    const parts = [this.instructions()];
    // The cards as the package holds them, grouped by ambition in the report's order.
    const seen = new Set<string | null>();
    for (const card of this.report.cards) {
      if (!seen.has(card.ambition)) {
        seen.add(card.ambition);
        const ambition = this.report.ambitions.find((a) => a.id === card.ambition);
        if (ambition) parts.push(this.paragraph(this.run(contentIn(ambition.title, this.options.lang) ?? contentIn(ambition.title, 'fr') ?? ''), '<w:pStyle w:val="Heading1"/><w:pageBreakBefore/>'));
        else parts.push(this.paragraph('', '<w:pageBreakBefore/><w:spacing w:before="0" w:after="0"/>'));
      }
      // The markers are made from the bases: a card's content is the package's, its markers the base's.
      // Each card starts a page, under its ambition's heading when it is the ambition's first.
      parts.push(this.card(card, markers, !parts[parts.length - 1]!.includes('<w:pageBreakBefore/>')));
    }
    const sect = `<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${parts.join('')}${sect}</w:body></w:document>`;
  }
}

/** A date as the language writes it in full: 31 mars 2021, 31 March 2021. */
function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = t(lang, `wordPackage.month.${m}` as MessageKey);
  return lang === 'fr' ? `${d === 1 ? '1er' : d} ${month} ${y}` : `${d} ${month} ${y}`;
}

function styles(lang: Lang): string {
  const font = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>';
  const para = (id: string, name: string, ppr: string, rpr: string, extra = '') => `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
  const builtIn = (id: string, name: string, ppr: string, rpr: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>${font}<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="${lang === 'fr' ? 'fr-FR' : 'en-GB'}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${builtIn('Title', 'Title', '<w:spacing w:before="0" w:after="120"/>', `<w:b/><w:color w:val="${COLOURS.primary}"/><w:sz w:val="40"/><w:szCs w:val="40"/>`)}
${builtIn('Subtitle', 'Subtitle', '<w:spacing w:after="240"/>', `<w:color w:val="${COLOURS.muted}"/><w:sz w:val="26"/><w:szCs w:val="26"/>`)}
${builtIn('Heading1', 'heading 1', '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>', `<w:b/><w:color w:val="${COLOURS.primary}"/><w:sz w:val="30"/><w:szCs w:val="30"/>`)}
${builtIn('Heading2', 'heading 2', '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/>', `<w:b/><w:color w:val="${COLOURS.primary}"/><w:sz w:val="24"/><w:szCs w:val="24"/>`)}
${para('BilanSubheading1', 'Bilan Subheading 1', '<w:keepNext/><w:spacing w:before="120" w:after="60"/>', '<w:b/><w:sz w:val="22"/>')}
${para('BilanSubheading2', 'Bilan Subheading 2', '<w:keepNext/><w:spacing w:before="120" w:after="60"/>', '<w:b/><w:i/><w:sz w:val="20"/>')}
${para('BilanSubheading3', 'Bilan Subheading 3', '<w:keepNext/><w:spacing w:before="60" w:after="60"/>', '<w:i/><w:sz w:val="20"/>')}
${para('BilanLabel', 'Bilan Label', '<w:spacing w:after="40"/>', '<w:b/><w:sz w:val="18"/>')}
${para('BilanHelp', 'Bilan Help', '<w:spacing w:after="40"/>', `<w:color w:val="${COLOURS.muted}"/><w:sz w:val="16"/>`)}
${para('BilanDeadline', 'Bilan Deadline', `<w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="${COLOURS.primary}"/></w:pBdr><w:spacing w:before="120" w:after="240"/>`, '<w:sz w:val="24"/>')}
${builtIn('ListParagraph', 'List Paragraph', '<w:ind w:left="720"/><w:contextualSpacing/>', '')}
${builtIn('FootnoteText', 'footnote text', '<w:spacing w:after="0"/>', '<w:sz w:val="16"/>')}
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="${COLOURS.muted}"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="${COLOURS.primary}"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="BilanGrid"><w:name w:val="Bilan Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.rule}"/><w:left w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.rule}"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.rule}"/><w:right w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.rule}"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.rule}"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.rule}"/></w:tblBorders><w:tblCellMar><w:top w:w="80" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="80" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
}

function numbering(lists: readonly { num: number; ordered: boolean }[]): string {
  const levels = (ordered: boolean) =>
    Array.from({ length: 9 }, (_, i) => {
      const fmt = ordered ? ['decimal', 'lowerLetter', 'lowerRoman'][i % 3]! : 'bullet';
      const text = ordered ? `%${i + 1}.` : ['•', '–', '◦'][i % 3]!;
      return `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
    }).join('');
  const nums = lists.map((l) => `<w:num w:numId="${l.num}"><w:abstractNumId w:val="${l.ordered ? 1 : 0}"/>${l.ordered ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ''}</w:num>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels(false)}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels(true)}</w:abstractNum>${nums}</w:numbering>`;
}

/**
 * The DOCX of a Word package: the cards of a sealed package as a form, each value a content
 * control tagged with its field and base version and a bookmark, the instructions on the first
 * page, and the package itself (its bases and seal) as a custom XML part. Returns the parts, in
 * the order a zip should hold them.
 */
export function wordPackageParts(pkg: Report, template: Template, options: WordPackageOptions): ZipPart[] {
  const info = pkg.package;
  if (!info?.seal) throw new Error('a Word package is written from a sealed package');
  const writer = new Writer(pkg, template, options);
  const document = writer.document();
  const title = `${t(options.lang, 'wordPackage.title', { institution: contentIn(pkg.institutions.find((i) => i.id === info.institution)?.name, options.lang) ?? info.institution })}`;
  const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">${esc(title)} – </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
  const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${writer.footnotes.join('')}</w:footnotes>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const docRels = [
    { id: 'rId1', type: `${R}/styles`, target: 'styles.xml' },
    { id: 'rId2', type: `${R}/footer`, target: 'footer1.xml' },
    { id: 'rId3', type: `${R}/numbering`, target: 'numbering.xml' },
    { id: 'rId4', type: `${R}/settings`, target: 'settings.xml' },
    { id: 'rId5', type: `${R}/footnotes`, target: 'footnotes.xml' },
    { id: 'rId6', type: `${R}/customXml`, target: '../customXml/item1.xml' },
    ...writer.rels,
  ];
  const relsXml = (rels: { id: string; type: string; target: string; external?: boolean }[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`;
  const imageExts = new Set([...writer.images.values()].map((i) => i.file.split('.').pop()!));
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${imageExts.has('png') ? '<Default Extension="png" ContentType="image/png"/>' : ''}${imageExts.has('jpg') ? '<Default Extension="jpg" ContentType="image/jpeg"/>' : ''}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`;
  const rootRels = relsXml([
    { id: 'rId1', type: `${R}/officeDocument`, target: 'word/document.xml' },
    { id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
    { id: 'rId3', type: `${R}/extended-properties`, target: 'docProps/app.xml' },
    { id: 'rId4', type: `${R}/custom-properties`, target: 'docProps/custom.xml' },
  ]);
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:language>${options.lang === 'fr' ? 'fr-FR' : 'en-GB'}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${info.cutAt.replace(/\.\d+Z$/, 'Z')}</dcterms:created></cp:coreProperties>`;
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Bilan</Application></Properties>`;
  const custom = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${PROPERTY_PACKAGE}"><vt:lpwstr>${info.id}</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="${PROPERTY_REPORT}"><vt:lpwstr>${pkg.id}</vt:lpwstr></property></Properties>`;
  // The package as cut and sealed: its bases are what the three-way merge starts from.
  const base = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<package xmlns="${BASE_NAMESPACE}" langs="${options.langs.join(' ')}" lang="${options.lang}"${options.contact ? ` contact-name="${esc(options.contact.name)}" contact-email="${esc(options.contact.email)}"` : ''}>${esc(JSON.stringify(pkg))}</package>`;
  const itemProps = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{${info.id.toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${BASE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;
  const u8 = (s: string) => strToU8(s);
  const parts: ZipPart[] = [
    { path: '[Content_Types].xml', bytes: u8(types), level: 6 },
    { path: '_rels/.rels', bytes: u8(rootRels), level: 6 },
    { path: 'word/document.xml', bytes: u8(document), level: 6 },
    { path: 'word/_rels/document.xml.rels', bytes: u8(relsXml(docRels)), level: 6 },
    { path: 'word/styles.xml', bytes: u8(styles(options.lang)), level: 6 },
    { path: 'word/numbering.xml', bytes: u8(numbering(writer.lists)), level: 6 },
    { path: 'word/settings.xml', bytes: u8(settings), level: 6 },
    { path: 'word/footnotes.xml', bytes: u8(footnotes), level: 6 },
    { path: 'word/footer1.xml', bytes: u8(footer), level: 6 },
    { path: BASE_PART, bytes: u8(base), level: 6 },
    { path: 'customXml/itemProps1.xml', bytes: u8(itemProps), level: 6 },
    { path: 'customXml/_rels/item1.xml.rels', bytes: u8(relsXml([{ id: 'rId1', type: `${R}/customXmlProps`, target: 'itemProps1.xml' }])), level: 6 },
    { path: 'docProps/core.xml', bytes: u8(core), level: 6 },
    { path: 'docProps/app.xml', bytes: u8(app), level: 6 },
    { path: 'docProps/custom.xml', bytes: u8(custom), level: 6 },
  ];
  for (const [, image] of writer.images) parts.push({ path: `word/${image.file}`, bytes: options.media.get(image.file.slice('media/'.length))!, level: 0 });
  return parts;
}
