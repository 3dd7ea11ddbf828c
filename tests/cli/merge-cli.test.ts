import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageService } from '../../electron/main/services/package-service.js';
import type { FieldValue } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { bilan } from '../support/cli.js';
import { files, templates } from '../support/fixtures.js';
import { contribute } from '../support/packages.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { tree } from './disk.js';

const EN = 'en_GB.UTF-8';
const sender = { name: 'Claire Dubois', email: 'claire.dubois@ditp.example' };

let dir = '';
let report = '';
/** A package sent back as it was received: nothing to take. */
let unchanged = '';
/** A package whose institution rewrote a result of card 1. */
let changed = '';
beforeAll(async () => {
  dir = tempDir();
  report = join(dir, 'rapport.bilan');
  const sample = await files.open(SAMPLE);
  // The report is saved with its register of the packages it issued.
  const cut = await new PackageService(files, templates).cutAll(sample, join(dir, 'paquets'), { deadline: null, message: '' });
  await files.save(report, cut.report, sample.media);
  changed = cut.packages.find((w) => w.file.endsWith('DITP.bilan'))!.file;
  unchanged = cut.packages.find((w) => w.file !== changed)!.file;
  await contribute(unchanged, sender, () => undefined);
  await contribute(changed, sender, (r) => {
    const card = r.cards.find((c) => c.id === 'c01')!;
    const results = card.fields['results'] as Extract<FieldValue, { kind: 'richText' }>;
    card.fields['results'] = { ...withFrench(results, [{ type: 'paragraph', children: [{ type: 'text', text: 'Résultats revus par la DITP.' }] }]), kind: 'richText' };
  });
});

describe('bilan merge', () => {
  it('takes nothing from a package that brings nothing: no save, no .bak', () => {
    const before = tree(dir);
    const run = bilan(['merge', report, unchanged, '--apply-clean'], EN);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Nothing to take from the packages: ${report} is unchanged.`);
    expect(tree(dir)).toEqual(before);
    expect(existsSync(`${report}.bak`)).toBe(false);
  });

  it('refuses --email without --name, and --name without --email, before reading anything', () => {
    const before = tree(dir);
    const french = bilan(['merge', report, changed, '--apply-clean', '--email', 'claire.dubois@ditp.example']);
    expect(french.status).toBe(2);
    expect(french.stderr).toBe('--email demande aussi --name\u00a0: l’import est noté dans l’historique de chaque fiche avec un nom et une adresse électronique. Ajoutez --name, ou omettez les deux.\n');
    const english = bilan(['merge', report, changed, '--apply-clean', '--name', 'Claire Dubois'], EN);
    expect(english.status).toBe(2);
    expect(english.stderr).toBe('--name needs --email too: the import is recorded in each card’s history with a name and an e-mail address. Add --email, or leave both out.\n');
    expect(tree(dir)).toEqual(before);
  });

  it('without a terminal and without --apply-clean, says to add --apply-clean and changes nothing; with it, saves', () => {
    const before = tree(dir);
    const asked = bilan(['merge', report, changed]);
    expect(asked.status).toBe(2);
    expect(asked.stderr).toBe(`Rien n’a été appliqué à ${report}\u00a0: sans terminal, Bilan ne peut pas demander avant de reprendre 1 champ qui n’est pas en conflit. Relancez la même commande en ajoutant --apply-clean.\n`);
    expect(tree(dir)).toEqual(before);

    const applied = bilan(['merge', report, changed, '--apply-clean', '--name', sender.name, '--email', sender.email], EN);
    expect(applied.status, applied.stderr).toBe(0);
    expect(applied.stdout).toContain(`Saved ${report}: 1 field taken from the packages.`);
    expect(existsSync(`${report}.bak`)).toBe(true);
  });
});
