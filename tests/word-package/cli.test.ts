import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bilan } from '../support/cli.js';
import { digest, files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

/** `bilan packages --docx` and `bilan merge` with a returned Word package, as a coordinator runs them. */
describe('Word packages on the command line', () => {
  it('writes one DOCX per institution, then merges a returned one, listing what is left to place (exit 1) and nothing twice', async () => {
    const dir = tempDir('bilan-word-cli-');
    const report = join(dir, 'rapport.bilan');
    const out = join(dir, 'paquets');
    const cut = bilan(['packages', SAMPLE, '--out', out, '--save-as', report, '--docx', '--deadline', '2021-03-31', '--name', 'Claire Martin', '--email', 'claire.martin@example.org']);
    expect(cut.stderr).toBe('');
    expect(cut.status).toBe(0);
    const written = readdirSync(out).sort();
    expect(written).toHaveLength(13);
    expect(written.every((f) => f.endsWith('.docx'))).toBe(true);
    expect((await files.open(report)).report.issued?.packages).toHaveLength(13);

    // The ministry edits a field and types a note between two cards.
    const returned = join(dir, 'DITP-retour.docx');
    const parts = unzipSync(new Uint8Array(readFileSync(join(out, 'DITP.docx'))));
    let xml = strFromU8(parts['word/document.xml']!);
    xml = xml.replace('Mettre à la disposition des administrations des outils', 'Mettre à la disposition de toutes les administrations des outils');
    const table = xml.indexOf('</w:tbl>', xml.indexOf('Engagement n°')) + '</w:tbl>'.length;
    xml = `${xml.slice(0, table)}<w:p><w:r><w:t>Merci de corriger aussi le jalon 2</w:t></w:r></w:p>${xml.slice(table)}`;
    parts['word/document.xml'] = strToU8(xml);
    writeFileSync(returned, zipSync(parts));

    const merged = bilan(['merge', report, returned, '--apply-clean', '--name', 'Claire Martin', '--email', 'claire.martin@example.org']);
    expect(merged.status).toBe(1);
    expect(merged.stdout).toContain('1 élément du document Word à replacer à la main');
    expect(merged.stdout).toContain('Merci de corriger aussi le jalon 2');
    expect(merged.stdout).toContain('1 champ à reprendre');
    const card = (await files.open(report)).report.cards.find((c) => c.id === 'c15')!;
    expect(JSON.stringify(card.fields['aim'])).toContain('de toutes les administrations');

    // --to-sort: the same kind of note goes to its card's "to sort" list, and the script goes on (exit 0).
    const other = join(dir, 'rapport-2.bilan');
    copyFileSync(join(dir, 'rapport.bilan.bak'), other);
    const sorted = bilan(['merge', other, returned, '--apply-clean', '--to-sort'], 'en_GB.UTF-8');
    expect(sorted.stderr).toBe('');
    expect(sorted.status).toBe(0);
    expect(sorted.stdout).toContain('1 item of the Word document put in the “to sort” lists');
    const kept = (await files.open(other)).report.cards.flatMap((c) => (c.toSort ?? []).map((i) => ({ card: c.id, lang: i.lang, text: JSON.stringify(i.content) })));
    expect(kept).toHaveLength(1);
    // On the card whose table it followed (DITP's first card).
    expect(kept[0]!.card).toBe('c01');
    expect(kept[0]!.lang).toBe('fr');
    expect(kept[0]!.text).toContain('Merci de corriger aussi le jalon 2');

    // The same document again: already imported, the report is not rewritten.
    const before = digest(report);
    const again = bilan(['merge', report, returned, '--apply-clean'], 'en_GB.UTF-8');
    expect(again.stdout).toContain('was already imported');
    expect(again.status).toBe(0);
    expect(digest(report)).toBe(before);

    // A Word document that is not a package: said so, in the user's language, nothing written.
    const plain = join(dir, 'lettre.docx');
    copyFileSync(returned, plain);
    const stripped = unzipSync(new Uint8Array(readFileSync(plain)));
    delete stripped['customXml/item1.xml'];
    writeFileSync(plain, zipSync(stripped));
    const refused = bilan(['merge', report, plain, '--apply-clean'], 'en_GB.UTF-8');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('is not a contribution package prepared by Bilan');
    expect(digest(report)).toBe(before);
  }, 240_000);

  it('refuses --lang, --name or --email without --docx', () => {
    const dir = tempDir('bilan-word-cli-');
    const run = bilan(['packages', SAMPLE, '--out', join(dir, 'p'), '--save-as', join(dir, 'r.bilan'), '--name', 'Claire Martin', '--email', 'c@example.org'], 'en_GB.UTF-8');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('are for Word packages');
  });
});
