import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BilanError } from '../../shared/i18n/errors.js';
import type { MessageKey } from '../../shared/i18n/i18n.js';
import type { OpenedReport } from '../../shared/format/read.js';
import { reportJson } from '../../shared/format/write.js';
import { FORMAT_VERSION } from '../../shared/model/report.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { MIMETYPE, containerOf, digest, files, rawZip, reportContainer } from '../support/fixtures.js';

let sample: OpenedReport;
let good: Uint8Array;
let goodJson: string;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
  ({ bytes: good, json: goodJson } = reportContainer(sample.report, sample.media));
});

/**
 * Writes bytes to a file, opens it, and checks what a user would: a BilanError of the expected
 * kind whose French and English messages name the file, no stack trace, the file untouched.
 */
async function expectRefused(bytes: Uint8Array | string, key: MessageKey, ...inMessage: string[]): Promise<BilanError> {
  const file = join(tempDir(), 'rapport.bilan');
  writeFileSync(file, bytes);
  const before = digest(file);
  const error = await files.open(file).catch((e: unknown) => e);
  expect(error, `expected ${key}`).toBeInstanceOf(BilanError);
  const e = error as BilanError;
  expect(e.key).toBe(key);
  for (const lang of ['fr', 'en'] as const) {
    const message = e.describe(lang);
    expect(message).toContain(file);
    expect(message).not.toMatch(/\n\s+at /);
    for (const words of inMessage) expect(message.toLowerCase()).toContain(words.toLowerCase());
  }
  expect(digest(file)).toBe(before);
  return e;
}

/** The sample's JSON with one change applied to the parsed document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests reach anywhere into raw JSON
function tampered(change: (doc: Record<string, any>) => void): Uint8Array {
  const doc = JSON.parse(goodJson);
  change(doc);
  return containerOf(JSON.stringify(doc), sample.media);
}

describe('opening a bad file gives a clear error and changes nothing', () => {
  it('a missing file', async () => {
    const error = (await files.open(join(tempDir(), 'absent.bilan')).catch((e: unknown) => e)) as BilanError;
    expect(error.key).toBe('open.notFound');
    expect(error.describe('fr')).toContain('n’existe pas');
  });

  it('an empty file', () => expectRefused(new Uint8Array(), 'open.empty'));

  it('a text file renamed .bilan', () => expectRefused('Bonjour, voici le rapport.', 'open.notReport'));

  it('a report truncated at 40 random offsets', async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 40; i++) {
      const cut = 1 + Math.floor(random() * (good.length - 2));
      const file = join(tempDir(), 'tronque.bilan');
      writeFileSync(file, good.subarray(0, cut));
      const error = await files.open(file).catch((e: unknown) => e);
      expect(error, `cut at ${cut}`).toBeInstanceOf(BilanError);
      expect(['open.damaged', 'open.notReport', 'open.foreignZip', 'open.json']).toContain((error as BilanError).key);
    }
  });

  it('a foreign zip (an office document, say)', () => expectRefused(rawZip({ 'word/document.xml': '<w:document/>' }), 'open.foreignZip'));

  it('a zip with the right entries but no mimetype', () => expectRefused(rawZip({ 'report.json': goodJson }), 'open.foreignZip'));

  it('a zip trying to reach outside its folder', () => expectRefused(rawZip({ mimetype: MIMETYPE, 'report.json': goodJson, '../../x': 'boo' }), 'open.unexpectedEntry', '../../x'));

  it('a JSON document of another program', () => expectRefused(containerOf('{"hello":"world"}'), 'open.foreignJson'));

  it('text that is not JSON', () => expectRefused(containerOf('{"format": "bilan-report", '), 'open.json'));

  it('a report from a newer Bilan', async () => {
    const e = await expectRefused(tampered((d) => (d['version'] = FORMAT_VERSION + 1)), 'open.tooNew', String(FORMAT_VERSION + 1));
    expect(e.describe('fr')).toContain('Mettez Bilan à jour');
  });

  it('a report made with a newer template', async () => {
    const e = await expectRefused(tampered((d) => (d['template']['version'] = 99)), 'open.template', 'version 99');
    expect(e.describe('en')).toContain('Update Bilan');
  });

  it('a report of an unknown template', () => expectRefused(tampered((d) => (d['template']['id'] = 'budget-report')), 'open.template', 'budget-report', 'ogp-end-of-term'));

  it('a field of the wrong type, located by card and field label', async () => {
    const e = await expectRefused(
      tampered((d) => (d['cards'][3]['fields']['progress'] = { kind: 'choice', value: 42 })),
      'open.invalid',
    );
    expect(e.describe('fr')).toContain('Engagement 4');
    expect(e.describe('fr')).toContain('Avancement');
    expect(e.describe('en')).toContain('Progress');
    expect(e.describe('fr')).toContain('n’est pas du type attendu (texte)');
  });

  it('a field of another kind than its template says', async () => {
    const e = await expectRefused(tampered((d) => (d['cards'][0]['fields']['progress'] = { kind: 'plain', value: 'Achevé' })), 'open.invalid');
    expect(e.describe('en')).toContain('should be of kind choice');
  });

  it('a field the template does not have', () => expectRefused(tampered((d) => (d['cards'][0]['fields']['budget'] = { kind: 'plain', value: '3 M€' })), 'open.invalid', 'budget'));

  it('a javascript: link in rich text', async () => {
    const e = await expectRefused(
      tampered((d) => (d['chapters'][0]['body']['fr']['content'] = [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'clic' }] }] }])),
      'open.invalid',
    );
    expect(e.describe('fr')).toContain('https, http ou mailto');
  });

  it('a 50 MB string', async () => {
    const e = await expectRefused(tampered((d) => (d['cards'][0]['fields']['title']['fr']['content'] = 'a'.repeat(50_000_000))), 'open.invalid');
    expect(e.describe('fr')).toContain('trop long');
    expect(e.describe('fr')).toContain('Titre');
  });

  it('rich text nested ten thousand levels deep', async () => {
    // Written as text: a nesting this deep would overflow JSON.stringify itself.
    const depth = 10_000;
    const open = '{"type":"list","ordered":false,"items":[{"children":[],"sublist":'.repeat(depth);
    const deep = `${open}{"type":"list","ordered":false,"items":[{"children":[]}]}${'}]}'.repeat(depth)}`;
    const marker = '"__deep__"';
    const json = JSON.stringify(JSON.parse(goodJson, (k, v) => (k === 'chapters' ? [{ ...v[0], body: { fr: { rev: 1, content: ['__deep__'] } } }, ...v.slice(1)] : v)));
    await expectRefused(containerOf(json.replace(marker, deep), sample.media), 'open.tooDeep');
  });

  it('lists nested past the limit, within JSON depth', async () => {
    let list: Record<string, unknown> = { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'fond' }] }] };
    for (let i = 0; i < 9; i++) list = { type: 'list', ordered: true, items: [{ children: [], sublist: list }] };
    const e = await expectRefused(tampered((d) => (d['chapters'][0]['body']['fr']['content'] = [list])), 'open.invalid', 'foreword');
    expect(e.describe('fr')).toContain('les listes sont imbriquées sur plus de 8 niveaux');
    expect(e.describe('en')).toContain('lists are nested more than 8 levels deep');
  });

  it('an image listed but absent, and one of the wrong type', async () => {
    const media = sample.report.media[0]!;
    await expectRefused(containerOf(goodJson, new Map()), 'open.invalid', media.file);
    await expectRefused(containerOf(goodJson, new Map([[media.file, new TextEncoder().encode('<svg onload="x()"/>')]])), 'open.invalid', media.file);
  });

  it('a card in an ambition that does not exist', () => expectRefused(tampered((d) => (d['cards'][0]['ambition'] = 'nowhere')), 'open.invalid', 'nowhere'));

  it('a reference to an unknown institution', () => expectRefused(tampered((d) => (d['cards'][0]['fields']['leadInstitutions']['ids'] = ['ghost'])), 'open.invalid', 'ghost'));

  it('an unpacked report folder without its report.json', async () => {
    const dir = join(tempDir(), 'vide.bilan');
    mkdirSync(dir);
    const error = (await files.open(dir).catch((e: unknown) => e)) as BilanError;
    expect(error.key).toBe('open.notFound');
  });

  it('still opens the untouched sample (the tampering helpers do not break it)', async () => {
    const file = join(tempDir(), 'ok.bilan');
    writeFileSync(file, tampered(() => undefined));
    expect((await files.open(file)).report).toEqual(JSON.parse(reportJson(sample.report)));
  });
});
