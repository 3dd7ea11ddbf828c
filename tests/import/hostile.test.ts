import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { countParagraphs, importDocx } from '../../electron/main/services/docx-import.js';
import { zipParts } from '../../electron/main/services/zip-writer.js';
import { IMPORT_LIMITS } from '../../shared/import/limits.js';
import { bilan } from '../support/cli.js';
import { refusalOf, templates } from '../support/fixtures.js';
import { frenchReport, longDocument } from './documents.js';

/**
 * Documents from outside are hostile: a corrupt file, a password-protected one, one of 10,000
 * paragraphs and a zip bomb each get a message saying what is wrong, in French and English, and
 * no report is created.
 */

const template = templates.get('ogp-end-of-term');
const dir = mkdtempSync(join(tmpdir(), 'bilan-import-hostile-'));
const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
let good: Buffer;

beforeAll(async () => {
  good = await frenchReport();
}, 60_000);

/** The import's refusal, in both languages. */
async function refused(path: string) {
  const error = await refusalOf(importDocx(template, path));
  return { key: error.key, fr: error.describe('fr'), en: error.describe('en') };
}

/** A DOCX whose parts are given, stored or deflated as said. */
function docxOf(parts: Record<string, Uint8Array | string>, level = 6): Uint8Array {
  return zipParts(Object.entries(parts).map(([path, bytes]) => ({ path, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, level })));
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

describe('bilan import refuses what it cannot read safely, saying why', () => {
  it('a truncated DOCX is damaged', async () => {
    const r = await refused(file('tronque.docx', good.subarray(0, Math.floor(good.length / 2))));
    expect(r.key).toBe('docxImport.damaged');
    expect(r.fr).toContain('tronque.docx');
    expect(r.fr).toContain('endommagé');
    expect(r.en).toContain('damaged');
  });

  it('a DOCX whose content does not match its checksum is damaged', async () => {
    const bytes = new Uint8Array(good);
    // Flip bytes in the middle of the archive's data: an entry's CRC-32 no longer matches.
    for (let i = 2000; i < 2040; i++) bytes[i] = bytes[i]! ^ 0xff;
    const r = await refused(file('altere.docx', bytes));
    expect(r.key).toBe('docxImport.damaged');
  });

  it('a file that is not a zip at all (a PDF renamed) is not a Word document', async () => {
    const r = await refused(file('rapport.docx', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n')));
    expect(r.key).toBe('docxImport.notDocx');
    expect(r.fr).toContain('n’est pas un document Word');
    expect(r.en).toContain('not a Word document');
  });

  it('a password-protected document (an OLE compound file) is said to be protected, with what to do', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new TextEncoder().encode('EncryptionInfo EncryptedPackage'), 512);
    const r = await refused(file('protege.docx', ole));
    expect(r.key).toBe('docxImport.encrypted');
    expect(r.fr).toContain('protégé par un mot de passe');
    expect(r.en).toContain('protected by a password');
  });

  it('a document of 10,000 paragraphs is refused before any XML is parsed', async () => {
    const bytes = await longDocument(10_000);
    const r = await refused(file('long.docx', bytes));
    expect(r.key).toBe('docxImport.tooManyParagraphs');
    expect(r.fr).toContain('10000');
    expect(r.en).toContain(String(IMPORT_LIMITS.paragraphs));
  });

  it('counts paragraphs, not paragraph properties', () => {
    const xml = new TextEncoder().encode('<w:body><w:p><w:pPr><w:pStyle w:val="x"/></w:pPr></w:p><w:p w:rsidR="1"/><w:p/></w:body>');
    expect(countParagraphs(xml)).toBe(3);
  });

  it('a zip bomb (a part of 60 MB of zeros in a few kilobytes) is refused from its declared size, unread', async () => {
    const zeros = new Uint8Array(60 * 1024 * 1024);
    const bomb = docxOf({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/document.xml': zeros });
    expect(bomb.length).toBeLessThan(200_000);
    const r = await refused(file('bombe.docx', bomb));
    expect(r.key).toBe('docxImport.partTooLarge');
    expect(r.fr).toContain('word/document.xml');
    expect(r.en).toContain('exhaust memory');
  });

  it('an archive trailed by 50 MB of deflated zeros is found damaged, nothing inflated', async () => {
    const honest = docxOf({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/document.xml': '<w:document/>' });
    const lying = deflateRawSync(new Uint8Array(50 * 1024 * 1024));
    const bytes = Buffer.concat([Buffer.from(honest), lying]);
    const r = await refused(file('menteur.docx', bytes));
    expect(['docxImport.damaged', 'docxImport.notDocx']).toContain(r.key);
  });

  it('a Word document with no card heading creates nothing and says what headings are looked for', async () => {
    const doc = docxOf({
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': RELS,
      'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Une note de service.</w:t></w:r></w:p></w:body></w:document>',
    });
    const r = await refused(file('note.docx', doc));
    expect(r.key).toBe('docxImport.noCards');
    expect(r.fr).toContain('Engagement n°4');
    expect(r.en).toContain('Commitment 4');
  });

  it('from the command line: exit 2, the message in the user’s language, and no report written', () => {
    const out = join(dir, 'jamais.bilan');
    const bomb = join(dir, 'bombe.docx');
    const fr = bilan(['import', bomb, '--template', 'ogp-end-of-term', '--out', out]);
    expect(fr.status).toBe(2);
    expect(fr.stderr).toContain('Impossible d’importer bombe.docx');
    const en = bilan(['import', join(dir, 'protege.docx'), '--template', 'ogp-end-of-term', '--out', out], 'en_GB.UTF-8');
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('protected by a password');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bilan') || f.includes('.tmp'))).toEqual([]);
  }, 120_000);
});
