import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Author } from '../../shared/model/report.js';
import { addComment, replyTo } from '../../shared/review/comments.js';
import { setReviewState } from '../../shared/review/states.js';
import { bilan } from '../support/cli.js';
import { files } from '../support/fixtures.js';
import { pdfText } from '../support/poppler.js';
import { SAMPLE, tempDir } from '../support/paths.js';

const coordinator: Author = { name: 'Claire Dubois', institution: null };
const ministry: Author = { name: 'Karim Benali', institution: 'ditp' };

describe('comments are never printed in the publication', () => {
  it('the PDF of a report with comments, replies and a card sent back holds none of their words', async () => {
    const dir = tempDir();
    const sample = await files.open(SAMPLE);
    let report = addComment(sample.report, { card: 'c01', field: 'results', lang: 'fr' }, { id: 'q1', author: coordinator, at: '2021-03-01T09:00:00.000Z', text: 'QUESTIONCOORDINATION chiffres 2020' });
    report = replyTo(report, 'q1', { id: 'r1', author: ministry, at: '2021-03-02T09:00:00.000Z', text: 'REPONSEMINISTERE ajoutés' });
    report = setReviewState(report, 'c02', 'needsChanges', coordinator, '2021-03-03T09:00:00.000Z', { id: 'why', text: 'RENVOIMOTIF anglais manquant' });
    const file = join(dir, 'commente.bilan');
    await files.save(file, report, sample.media);
    const out = join(dir, 'out');
    const run = bilan(['export', file, '--format', 'pdf', '--lang', 'fr,en', '--allow-missing', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    // The commented card's own words are printed; the conversation about them is not.
    expect(pdfText(join(out, 'rapport-fr.pdf')).replace(/\s+/g, ' ')).toContain('les mêmes indicateurs de qualité');
    for (const pdf of ['rapport-fr.pdf', 'report-en.pdf']) {
      const text = pdfText(join(out, pdf));
      for (const word of ['QUESTIONCOORDINATION', 'REPONSEMINISTERE', 'RENVOIMOTIF', 'Karim Benali']) expect(text).not.toContain(word);
    }
  });
});
