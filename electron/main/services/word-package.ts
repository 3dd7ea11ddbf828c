import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { BilanError } from '../../../shared/i18n/errors.js';
import type { OpenedReport } from '../../../shared/format/read.js';
import { readReport } from '../../../shared/format/read.js';
import { describeLocation } from '../../../shared/format/location.js';
import { t } from '../../../shared/i18n/i18n.js';
import { cardDigest } from '../../../shared/merge/register.js';
import { originalLayout, readWordFields, XML_LIMITS, type Leftover, type WordParts, type WordReading } from '../../../shared/merge/word-package/read.js';
import { BASE_NAMESPACE, wordPackageParts, type WordPackageOptions } from '../../../shared/merge/word-package/write.js';
import { attr, local, parseXml, textOf, XmlError } from '../../../shared/merge/word-package/xml.js';
import { markerLabel } from '../../../shared/merge/word-package/fields.js';
import { contentBlocks, keepLeftover } from '../../../shared/merge/word-package/place.js';
import type { RichText } from '../../../shared/model/richtext.js';
import { imageSize } from '../../../shared/format/image.js';
import { LIMITS } from '../../../shared/model/limits.js';
import { LANGS, type Lang } from '../../../shared/model/localized.js';
import { Report, type Person } from '../../../shared/model/report.js';
import type { Template } from '../../../shared/model/template.js';
import { describeIssue, telling } from '../../../shared/format/read.js';
import { nodeHashes } from './package-seal.js';
import type { TemplateStore } from './template-store.js';
import { unzipNative } from './zip-reader.js';
import { zipParts } from './zip-writer.js';

/** The most leftovers a returned Word package may hold (each is decided in the review; a real one holds a handful). */
export const MAX_LEFTOVERS = 2000;

/** Tells a Word package from a Bilan one by its name. */
export const isWordPackage = (file: string): boolean => /\.docx$/i.test(file);

/** The entries of a DOCX the reader reads; any other is left compressed. */
const WANTED = /^(word\/(document|styles|numbering|footnotes)\.xml|word\/_rels\/document\.xml\.rels|customXml\/item\d{1,4}\.xml|word\/media\/[^/]{1,200}\.(png|jpe?g))$/i;

/** A picture the document added, read from its part: what placing it adds to the report's images. */
export interface LeftoverImage {
  bytes: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

/** A leftover as the import gets it: a picture's bytes with it, when they could be read. */
export interface ReadLeftover extends Leftover {
  image?: LeftoverImage | undefined;
}

/** What a Word package read back gives the import: the institution's package, and what is left to place. */
export interface WordPackageReading extends Omit<WordReading, 'cards'> {
  pkg: OpenedReport;
  leftovers: ReadLeftover[];
  /** The document's language (its labels'), the language its stray text is taken to be in. */
  lang: Lang;
  /** The languages the document was filled in. */
  langs: Lang[];
}

/**
 * A picture of the document as an image the report can hold: a PNG or JPEG (by its bytes, not
 * its name) within the report's limits of size and pixels; undefined otherwise (the leftover
 * is then shown by its alternative text, and can only be discarded or kept as text).
 */
function leftoverImage(bytes: Uint8Array | undefined): LeftoverImage | undefined {
  if (!bytes || bytes.length > LIMITS.mediaBytes) return undefined;
  const mime = bytes[0] === 0x89 && bytes[1] === 0x50 ? 'image/png' : bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : undefined;
  const size = mime ? imageSize(bytes, mime) : undefined;
  if (!mime || !size || size.width * size.height > LIMITS.imagePixels) return undefined;
  return { bytes, mime, ...size };
}

/** What a Word package is written with: the document's language, the languages filled in, whom to send it to. */
export interface WordPackageRequest {
  lang: Lang;
  langs: Lang[];
  contact: Person | null;
}

/** The base digests of a package's cards. */
function digestsOf(pkg: Report): Map<string, string> {
  return new Map(pkg.package!.bases.map((b) => [b.id, cardDigest(b, nodeHashes)]));
}

/** The languages and contact the base part records (what the document was written with). */
interface BaseAttributes {
  lang: Lang;
  langs: Lang[];
  contact: Person | null;
}

/**
 * Writes and reads Word packages: the DOCX form of a contribution package, for institutions
 * that answer in Word. Written from a sealed package; read back into the same package, its
 * cards filled from the document's fields, for the same import as a Bilan package.
 */
export class WordPackages {
  constructor(private readonly templates: TemplateStore) {}

  /** The DOCX of a sealed package, `media` holding the images its cards show. */
  write(pkg: Report, media: ReadonlyMap<string, Uint8Array>, options: WordPackageRequest): Uint8Array {
    const template = this.templates.get(pkg.template.id, pkg.template.version);
    const langs = LANGS.filter((l) => options.langs.includes(l));
    const full: WordPackageOptions = { lang: options.lang, langs, contact: options.contact, digests: digestsOf(pkg), media };
    return zipParts(wordPackageParts(pkg, template, full), new Date(pkg.package!.cutAt));
  }

  /**
   * Reads a returned Word package against the report it is imported into: refuses, in words, a
   * file that is not a readable DOCX, a DOCX that is not one of our packages, and a package whose
   * recorded base is damaged. Every cost is bounded by the file's size (LIMITS): the zip's
   * entries are checked before anything is inflated, and the XML is read in one pass.
   */
  async read(file: string, opened: OpenedReport): Promise<WordPackageReading> {
    const info = await stat(file).catch((cause: unknown) => {
      throw new BilanError('open.notFound', { file }, { cause });
    });
    if (!info.isFile()) throw new BilanError('cli.isFolder', { file });
    if (info.size > LIMITS.containerBytes) throw new BilanError('wordPackage.tooLarge', { file });
    const bytes = new Uint8Array(await readFile(file));
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new BilanError('wordPackage.notWord', { file });
    let entries: Record<string, Uint8Array>;
    try {
      let count = 0;
      let total = 0;
      entries = unzipNative(bytes, (entry) => {
        if (++count > LIMITS.containerEntries) throw new BilanError('wordPackage.tooLarge', { file });
        if (!WANTED.test(entry.name)) return false;
        total += entry.originalSize;
        if (entry.originalSize > LIMITS.reportJsonBytes || total > LIMITS.containerBytes) throw new BilanError('wordPackage.tooLarge', { file });
        return true;
      });
    } catch (cause) {
      if (cause instanceof BilanError) throw cause;
      throw new BilanError('wordPackage.damaged', { file, detail: cause instanceof Error ? cause.message.slice(0, 200) : '' }, { cause });
    }
    const text = (name: string): string | undefined => {
      const data = entries[name];
      if (!data) return undefined;
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(data);
      } catch (cause) {
        throw new BilanError('wordPackage.damaged', { file, detail: `${name}: not UTF-8` }, { cause });
      }
    };
    const document = text('word/document.xml');
    if (document === undefined) throw new BilanError('wordPackage.notWord', { file });
    const { json, attrs } = this.basePart(entries, text, file);
    const pkg = this.basePackage(json, opened, file);
    const template = this.templates.get(pkg.report.template.id, pkg.report.template.version);
    if (pkg.report.id !== opened.report.id) throw new BilanError('import.otherReport', { file });
    const parts: WordParts = { document, rels: text('word/_rels/document.xml.rels'), styles: text('word/styles.xml'), numbering: text('word/numbering.xml'), footnotes: text('word/footnotes.xml') };
    const digests = digestsOf(pkg.report);
    let reading: WordReading;
    try {
      // The paragraphs the package printed outside its fields, from the same writer: what is not among them is the contributor's.
      const written = wordPackageParts(pkg.report, template, { lang: attrs.lang, langs: attrs.langs, contact: attrs.contact, digests, media: new Map() });
      const original = new TextDecoder().decode(written.find((p) => p.path === 'word/document.xml')!.bytes);
      const layout = originalLayout({ document: original }, pkg.report, template, attrs.langs, digests);
      // The package's pictures, known by their content wherever the editor saved them.
      const hash = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
      const byHash = new Map(pkg.report.media.map((m) => [hash(pkg.media.get(m.file) ?? new Uint8Array()), m.id]));
      const imageId = (target: string) => {
        const data = entries[`word/${target}`];
        return data ? byHash.get(hash(data)) : undefined;
      };
      reading = readWordFields(parts, pkg.report, template, attrs.langs, attrs.lang, digests, layout, imageId);
    } catch (cause) {
      if (cause instanceof XmlError || (cause instanceof Error && !(cause instanceof BilanError))) throw new BilanError('wordPackage.damaged', { file, detail: cause.message.slice(0, 200) }, { cause });
      throw cause;
    }
    const report = { ...pkg.report, cards: reading.cards };
    const parsed = Report.safeParse(report);
    if (!parsed.success) {
      const issue = telling(parsed.error.issues[0]!);
      throw new BilanError('wordPackage.invalidValue', { file, where: (lang) => describeLocation(lang, issue.path, report, template), what: (lang) => describeIssue(lang, issue, report) });
    }
    // Each leftover is decided one by one: a document holding more than a review can show is refused.
    if (reading.leftovers.length > MAX_LEFTOVERS) {
      const count = (n: number) => (lang: Lang) => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
      throw new BilanError('wordPackage.tooManyLeftovers', { file, n: count(reading.leftovers.length), max: count(MAX_LEFTOVERS) });
    }
    const leftovers = reading.leftovers.map((item): ReadLeftover => (item.picture ? { ...item, image: leftoverImage(entries[`word/${item.picture.target}`]) } : item));
    return { pkg: { report: parsed.data, media: pkg.media }, leftovers, found: reading.found, addedRows: reading.addedRows, lang: attrs.lang, langs: attrs.langs };
  }

  /** The package recorded in the document (a custom XML part of ours), and how it was written. */
  private basePart(entries: Record<string, Uint8Array>, text: (name: string) => string | undefined, file: string): { json: string; attrs: BaseAttributes } {
    for (const name of Object.keys(entries).filter((n) => n.startsWith('customXml/')).sort()) {
      const xml = text(name)!;
      // Only our part is parsed whole: others are left as they are.
      if (!xml.includes(BASE_NAMESPACE)) continue;
      let root;
      try {
        root = parseXml(xml, XML_LIMITS);
      } catch (cause) {
        throw new BilanError('wordPackage.baseDamaged', { file, detail: cause instanceof Error ? cause.message.slice(0, 200) : '' }, { cause });
      }
      if (local(root.name) !== 'package' || (root.attrs['xmlns'] ?? '') !== BASE_NAMESPACE) continue;
      const langs = (attr(root, 'langs') ?? 'fr en').split(/\s+/).filter((l): l is Lang => (LANGS as readonly string[]).includes(l));
      const lang = (LANGS as readonly string[]).includes(attr(root, 'lang') ?? '') ? (attr(root, 'lang') as Lang) : 'fr';
      const name2 = attr(root, 'contact-name');
      const email = attr(root, 'contact-email');
      return { json: textOf(root), attrs: { lang, langs: langs.length ? langs : ['fr', 'en'], contact: name2 !== undefined && email !== undefined ? { name: name2, email } : null } };
    }
    throw new BilanError('wordPackage.notPackage', { file });
  }

  /** The recorded package, checked as a package file is on opening; its images are the report's. */
  private basePackage(json: string, opened: OpenedReport, file: string): OpenedReport {
    let files: string[] = [];
    try {
      const raw = JSON.parse(json) as { media?: { file?: unknown }[] };
      files = Array.isArray(raw.media) ? raw.media.map((m) => String(m?.file)) : [];
    } catch {
      // readReport below says what is wrong.
    }
    const media = new Map(files.filter((f) => opened.media.has(f)).map((f) => [f, opened.media.get(f)!]));
    try {
      const pkg = readReport({ json: new TextEncoder().encode(json), media }, file, (id, version) => this.templates.get(id, version));
      if (!pkg.report.package) throw new BilanError('wordPackage.notPackage', { file });
      return pkg;
    } catch (cause) {
      if (cause instanceof BilanError && cause.key !== 'wordPackage.notPackage') throw new BilanError('wordPackage.baseDamaged', { file, detail: (lang: Lang) => cause.describe(lang) }, { cause });
      throw cause;
    }
  }
}

/** A leftover in words: what it is, and where it stood, in a language. */
export function describeLeftover(item: Leftover, report: Report, template: Template, lang: Lang): string {
  const card = item.marker ? report.cards.find((c) => c.id === item.marker!.card) : undefined;
  const def = item.marker ? template.card.fields.find((f) => f.id === item.marker!.field) : undefined;
  let where = '';
  if (item.marker && card) {
    where = `${t(lang, 'wordPackage.where', { number: card.number, field: def?.label[lang] ?? item.marker.field })}`;
    if (def?.kind === 'rows' && item.marker.column) where += ` – ${def.columns.find((c) => c.id === item.marker!.column)?.label[lang] ?? item.marker.column}`;
    if (item.marker.lang) where += ` (${t(lang, `lang.${item.marker.lang}`)})`;
  }
  if (item.kind === 'stray') return where ? t(lang, 'wordPackage.leftover.stray', { where }) : t(lang, 'wordPackage.leftover.strayFirst');
  return t(lang, `wordPackage.leftover.${item.kind}`, { where });
}

/**
 * A leftover's content as the report will hold it: a picture the document added becomes one of
 * the report's images (a new id and file), its text otherwise. Returns the report and images
 * with the picture added, if any, and the blocks to place.
 */
export function leftoverContent(opened: OpenedReport, item: ReadLeftover, newId: () => string): { opened: OpenedReport; blocks: RichText } {
  if (!item.image) return { opened, blocks: contentBlocks(item) };
  const id = newId();
  const file = `${id}.${item.image.mime === 'image/png' ? 'png' : 'jpg'}`;
  const media = new Map(opened.media).set(file, item.image.bytes);
  const report = { ...opened.report, media: [...opened.report.media, { id, file, mime: item.image.mime, width: item.image.width, height: item.image.height }] };
  return { opened: { report, media }, blocks: [{ type: 'image', media: id, alt: item.picture?.alt ?? '' }] };
}

/**
 * The language a leftover is taken to be written in: a field's own content (a copy, a value
 * that could not be read, a field whose markers went) is in the field's language; text typed
 * between fields, in the document's.
 */
export function leftoverLang(item: Leftover, docLang: Lang): Lang {
  return item.kind === 'stray' || item.kind === 'image' ? docLang : (item.marker?.lang ?? docLang);
}

/**
 * Keeps a leftover to sort later: an item of its card's "to sort" list (when its card is one of
 * `cards`, the package's) or else of the report's, in its field's language or the document's,
 * saying which field it stood after or concerned. What `bilan merge --to-sort` and the review's
 * "Garder pour plus tard" both do.
 */
export function keepLeftoverToSort(opened: OpenedReport, template: Template, cards: ReadonlySet<string>, item: ReadLeftover, docLang: Lang, newId: () => string): OpenedReport {
  const lang = leftoverLang(item, docLang);
  const card = item.marker && cards.has(item.marker.card) ? item.marker.card : null;
  // A picture kept on the report's own list would be no card's: it is kept on a card only.
  const content = card ? leftoverContent(opened, item, newId) : { opened, blocks: contentBlocks(item) };
  const from = item.marker ? markerLabel(item.marker, template, lang).slice(0, LIMITS.plainLength) : '';
  return { report: keepLeftover(content.opened.report, card, { id: newId(), lang, from, content: content.blocks }), media: content.opened.media };
}
