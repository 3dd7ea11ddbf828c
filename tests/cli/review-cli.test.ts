import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report.js';
import { addComment, replyTo, resolveComment } from '../../shared/review/comments.js';
import { setReviewState } from '../../shared/review/states.js';
import { bilan } from '../support/cli.js';
import { files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { pdfInfo, pdfText } from '../support/poppler.js';

// The review conversation from the command line: `bilan info` and `bilan validate --json` count
// open comments and cards per review state; `bilan export --review` writes the working document
// for internal review, every comment printed and every page marked as not for publication,
// while the publication prints none; a report that waits for approval refuses its final export.

const coordinator = { name: 'Claire Dubois', institution: null };
const etalab = { name: 'Jeanne Martin', institution: 'etalab' };
const QUESTION = 'Pouvez-vous ajouter les chiffres de 2020 ?';
const ANSWER = 'Les chiffres de 2020 sont ajoutés au deuxième paragraphe.';
const RESOLVED = 'Merci de préciser le calendrier de publication.';
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The sample with a thread on card 5 (open, with a reply), a resolved one, and review states. */
function reviewed(sample: Report): Report {
  let r = addComment(sample, { card: 'c05', field: 'results' }, { id: 'q-2020', author: coordinator, at: '2021-03-01T09:00:00.000Z', text: QUESTION });
  r = replyTo(r, 'q-2020', { id: 'a-2020', author: etalab, at: '2021-03-03T10:00:00.000Z', text: ANSWER });
  r = addComment(r, { card: 'c06' }, { id: 'q-cal', author: coordinator, at: '2021-03-01T09:30:00.000Z', text: RESOLVED });
  r = resolveComment(r, 'q-cal', coordinator, '2021-03-04T08:00:00.000Z');
  r = setReviewState(r, 'c05', 'needsChanges', coordinator, '2021-03-01T09:05:00.000Z', { id: 'why-c05', text: 'Les résultats de 2020 manquent.' });
  r = setReviewState(r, 'c06', 'approved', coordinator, '2021-03-04T08:05:00.000Z');
  return r;
}

describe('the review conversation on the command line', () => {
  const dir = tempDir('bilan-review-cli-');
  const file = join(dir, 'rapport.bilan');
  const strict = join(dir, 'strict.bilan');

  beforeAll(async () => {
    const sample = await files.open(SAMPLE);
    const report = reviewed(sample.report);
    await files.save(file, report, sample.media);
    await files.save(strict, { ...report, settings: { requireApproval: true } }, sample.media);
  });

  it('counts open comments and cards per review state in bilan info and bilan validate --json', () => {
    const info = bilan(['info', file]);
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('Relecture\u00a0: 19 à rédiger, 0 reçue, 1 à modifier, 1 validée\u202f; 2 commentaires ouverts, 1 résolu');
    const json = JSON.parse(bilan(['info', file, '--json'], 'C').stdout) as { review: unknown };
    expect(json.review).toEqual({ comments: { open: 2, resolved: 1, replies: 1 }, states: { toWrite: 19, received: 0, needsChanges: 1, approved: 1 }, requireApproval: false });
    const validate = JSON.parse(bilan(['validate', strict, '--json'], 'C').stdout) as { review: { requireApproval: boolean; comments: { open: number } } };
    expect(validate.review.requireApproval).toBe(true);
    expect(validate.review.comments.open).toBe(2);
    expect(bilan(['info', strict]).stdout).toContain('20 fiches attendent encore');
  });

  it('prints no comment in the publication, and every one in the internal review copy, marked on every page', () => {
    const out = join(dir, 'exports');
    const publication = bilan(['export', file, '--out', out, '--lang', 'fr,en', '--allow-missing']);
    expect(publication.status).toBe(0);
    const review = bilan(['export', file, '--out', out, '--lang', 'fr,en', '--review']);
    expect(review.stderr).not.toMatch(/bug/i);
    expect(review.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['rapport-fr.pdf', 'relecture-fr.pdf', 'report-en.pdf', 'review-en.pdf']);
    const published = flat(pdfText(join(out, 'rapport-fr.pdf')));
    for (const words of [QUESTION, ANSWER, RESOLVED, 'ne pas publier', 'Claire Dubois']) expect(published).not.toContain(flat(words).replace(' ?', ''));
    const fr = pdfText(join(out, 'relecture-fr.pdf'));
    const pages = Number(pdfInfo(join(out, 'relecture-fr.pdf'))['Pages']);
    const pageTexts = fr.split('\f').filter((p) => p.trim() !== '');
    expect(pageTexts.length).toBe(pages);
    for (const page of pageTexts) expect(page).toContain('Document de travail — ne pas publier');
    const text = flat(fr);
    expect(text).toContain('Pouvez-vous ajouter les chiffres de 2020');
    expect(text).toContain(ANSWER);
    expect(text).toContain('Claire Dubois (coordination)');
    expect(text).toContain('Jeanne Martin (Etalab)');
    expect(text).toMatch(/résolu par Claire Dubois \(coordination\)/);
    expect(text).toMatch(/État de relecture\s?: à modifier, par Claire Dubois/);
    const en = flat(pdfText(join(out, 'review-en.pdf')));
    expect(en).toContain('Working document — not for publication');
    expect(en).toContain('Review state: approved, by Claire Dubois (coordination)');
  });

  it('refuses the final export of a report that waits for approval, names the cards, and still writes the review copy', () => {
    const out = join(dir, 'strict-exports');
    mkdirSync(out);
    const refused = bilan(['export', strict, '--out', out, '--allow-missing']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('20 fiches ne le sont pas encore');
    expect(refused.stderr).toMatch(/Engagement n°1 – /);
    expect(readdirSync(out)).toEqual([]);
    const review = bilan(['export', strict, '--out', out, '--review']);
    expect(review.status).toBe(0);
    expect(readdirSync(out)).toEqual(['relecture-fr.pdf']);
    const docx = bilan(['export', strict, '--out', out, '--review', '--format', 'docx']);
    expect(docx.status).toBe(2);
    expect(docx.stderr).toContain('n’existe qu’en PDF');
  });
});
