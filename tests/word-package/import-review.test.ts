import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportSessions } from '../../electron/main/services/import-session.js';
import { PackageService } from '../../electron/main/services/package-service.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

/** The window's import review (the same service the window and `bilan serve` call) with a returned Word package. */
describe('the import review of a Word package', () => {
  it('shows the changed fields and lists, in both languages, the text typed outside the fields; applying waits for a decision on it, and takes the fields only once it is discarded', async () => {
    const dir = tempDir('bilan-word-review-');
    const report = join(dir, 'rapport.bilan');
    const packages = new PackageService(files, templates);
    await packages.cutAll(await files.open(SAMPLE), join(dir, 'paquets'), { deadline: null, message: '', saveTo: report, word: { lang: 'fr', langs: ['fr', 'en'], contact: null } });
    const returned = join(dir, 'DITP-retour.docx');
    const parts = unzipSync(new Uint8Array(readFileSync(join(dir, 'paquets', 'DITP.docx'))));
    let xml = strFromU8(parts['word/document.xml']!);
    xml = xml.replace('Mettre à la disposition des administrations des outils', 'Mettre à la disposition de toutes les administrations des outils');
    const table = xml.indexOf('</w:tbl>', xml.indexOf('Engagement n°')) + '</w:tbl>'.length;
    xml = `${xml.slice(0, table)}<w:p><w:r><w:t>Une remarque tapée hors des cases</w:t></w:r></w:p>${xml.slice(table)}`;
    parts['word/document.xml'] = strToU8(xml);
    writeFileSync(returned, zipSync(parts));

    const sessions = new ImportSessions(files, templates);
    const opened = await files.open(report);
    const review = await sessions.plan('doc', opened, [returned]);
    const view = review.packages[0]!;
    expect(view.ok).toBe(true);
    if (!view.ok) return;
    expect(view.institution).toBe('ditp');
    expect(view.changes.map((c) => [c.cardId, c.fields.map((f) => f.fr)])).toEqual([['c15', ['Ambition']]]);
    expect(view.leftovers).toHaveLength(1);
    expect(view.leftovers![0]!.text).toBe('Une remarque tapée hors des cases');
    expect(view.leftovers![0]!.what.fr).toMatch(/^texte écrit hors des cases, après «\u00a0fiche n°\d+, /);
    expect(view.leftovers![0]!.what.en).toMatch(/^text written outside the boxes, after “card no\. \d+, /);

    // The leftover is decided on (here discarded) before the import applies.
    await expect(sessions.apply(review.sessionId, [])).rejects.toMatchObject({ apiError: { key: 'import.leftoversUndecided' } });
    const { applied } = await sessions.apply(review.sessionId, [], null, new Date(), [{ key: view.leftovers![0]!.key, action: 'discard' }]);
    const card = applied.report.cards.find((c) => c.id === 'c15')!;
    expect(JSON.stringify(card.fields['aim'])).toContain('de toutes les administrations');
    expect(JSON.stringify(applied.report)).not.toContain('Une remarque tapée hors des cases');
  }, 240_000);
});
