import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card, Report } from '../../shared/model/report.js';
import { validateReport } from '../../shared/validate/validate.js';
import { bilan } from '../support/cli.js';
import { files, templates } from '../support/fixtures.js';
import { libreOfficeToPdf, pdfText } from '../support/poppler.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { docxParts, paragraphsText } from '../export/docx/docx-files.js';

// France's real 2018–2020 cards have no milestones table, no contact institution and no
// "timetable respected" choice, and some of their resources have no address. A card written as
// they are must validate and print without a single placeholder.

/** Card 3 of the sample reduced to what the template requires, with a resource that has no address. */
function realStyleCard(card: Card): Card {
  const keep = ['title', 'aim', 'leadInstitutions', 'progress', 'results', 'nextSteps'];
  const fields: Card['fields'] = Object.fromEntries(Object.entries(card.fields).filter(([id]) => keep.includes(id)));
  fields['contacts'] = {
    kind: 'rows',
    rows: [{ id: 'p1', cells: { name: { kind: 'plain', value: 'Hugo Lemaire' }, email: { kind: 'plain', value: 'hugo.lemaire@diplomatie.example' } } }],
  };
  fields['resources'] = {
    kind: 'rows',
    rows: [{ id: 'r1', cells: { label: { kind: 'text', fr: { rev: 1, content: 'Rapport annuel sur l’aide' }, en: { content: 'Annual aid report', source: { rev: 1 } } } } }],
  };
  return { ...card, fields };
}

/** Every chapter written in both languages, so that nothing but the card is checked. */
function writtenChapters(report: Report): Report['chapters'] {
  const body = report.chapters.find((c) => c.id === 'foreword')!.body;
  return report.chapters.map((c) => (c.body.fr?.content.length && c.body.en?.content.length ? c : { ...c, body }));
}

let report: Report;
let file: string;
beforeAll(async () => {
  const opened = await files.open(SAMPLE);
  const card = opened.report.cards.find((c) => c.number === '3')!;
  report = { ...opened.report, chapters: writtenChapters(opened.report), cards: [realStyleCard(card)] };
  file = join(tempDir('bilan-real-card-'), 'reel.bilan');
  await files.save(file, report, opened.media);
});

describe('a card written as the real 2018–2020 cards are', () => {
  it('holds no milestones, no timetable, no contact institution, a resource with no address, and validates', () => {
    const card = report.cards[0]!;
    expect(Object.keys(card.fields).sort()).toEqual(['aim', 'contacts', 'leadInstitutions', 'nextSteps', 'progress', 'resources', 'results', 'title']);
    expect(validateReport(report, templates.get('ogp-end-of-term'))).toEqual([]);
    const run = bilan(['validate', file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 300_000);

  it('is in the sample as commitment 3, which nothing blocks', async () => {
    const sample = (await files.open(SAMPLE)).report;
    const card = sample.cards.find((c) => c.number === '3')!;
    expect(card.fields['milestones']).toBeUndefined();
    expect(card.fields['timetable']).toBeUndefined();
    const contact = card.fields['contacts'];
    expect(contact?.kind === 'rows' && Object.keys(contact.rows[0]!.cells).sort()).toEqual(['email', 'name', 'role']);
    const resource = card.fields['resources'];
    expect(resource?.kind === 'rows' && Object.keys(resource.rows[0]!.cells)).toEqual(['label']);
    const issues = validateReport(sample, templates.get('ogp-end-of-term')).filter((i) => i.target.kind === 'card' && i.target.number === '3');
    expect(issues).toEqual([]);
  }, 300_000);

  it('the template requires only what such a card always has', () => {
    const t = templates.get('ogp-end-of-term');
    expect(t.version).toBe(2);
    expect(t.card.fields.filter((f) => f.required).map((f) => f.id)).toEqual(['title', 'aim', 'leadInstitutions', 'progress', 'results', 'nextSteps', 'contacts']);
    const columns = (id: string) => t.card.fields.find((f) => f.id === id && f.kind === 'rows');
    const required = (id: string) => {
      const f = columns(id);
      return f?.kind === 'rows' ? f.columns.filter((c) => c.required).map((c) => c.id) : [];
    };
    expect(required('contacts')).toEqual(['name', 'email']);
    expect(required('resources')).toEqual(['label']);
    expect(required('milestones')).toEqual(['title']);
  });

  it('exports as PDF and DOCX in both languages without --allow-missing and without a placeholder', () => {
    const out = tempDir('bilan-real-card-out-');
    const run = bilan(['export', file, '--format', 'pdf,docx', '--lang', 'fr,en', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const fr = pdfText(join(out, 'rapport-fr.pdf'));
    const en = pdfText(join(out, 'report-en.pdf'));
    expect(fr).not.toMatch(/Texte manquant/);
    expect(en).not.toMatch(/Missing text/);
    expect(fr).toContain('Rapport annuel sur l’aide');
    expect(fr).toContain('Hugo Lemaire');
    expect(fr).not.toMatch(/Jalons|Calendrier respecté/);
    expect(en).not.toMatch(/Milestones|Timetable complied with/);
    const docxFr = paragraphsText(docxParts(readFileSync(join(out, 'rapport-fr.docx')))['word/document.xml']!).join('\n');
    const docxEn = paragraphsText(docxParts(readFileSync(join(out, 'report-en.docx')))['word/document.xml']!).join('\n');
    expect(docxFr).not.toMatch(/Texte manquant|Jalons/);
    expect(docxEn).not.toMatch(/Missing text|Milestones/);
    expect(docxFr).toContain('Rapport annuel sur l’aide');
    // As Word users will see it: LibreOffice opens the DOCX, and the card reads the same.
    const opened = pdfText(libreOfficeToPdf(join(out, 'rapport-fr.docx')));
    expect(opened).toContain('Hugo Lemaire');
    expect(opened).not.toMatch(/Texte manquant/);
  }, 300_000);
});

describe('a report made with version 1 of the end-of-term template', () => {
  let old: string;
  beforeAll(async () => {
    const opened = await files.open(SAMPLE);
    old = join(tempDir('bilan-template-v1-'), 'ancien.bilan');
    await files.save(old, { ...report, template: { id: 'ogp-end-of-term', version: 1 } }, opened.media);
  });

  it('opens, keeps the template version it was made with, and validates under the installed rules', async () => {
    const opened = await files.open(old);
    expect(opened.report.template).toEqual({ id: 'ogp-end-of-term', version: 1 });
    // Version 1 required milestones and the timetable: version 2 does not, and it applies.
    expect(validateReport(opened.report, templates.get(opened.report.template.id, opened.report.template.version))).toEqual([]);
    expect(bilan(['validate', old]).status).toBe(0);
    const info = bilan(['info', old, '--json'], 'C');
    expect(info.status).toBe(0);
  }, 300_000);
});
