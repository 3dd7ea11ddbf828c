import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { value } from '../support/replies.js';

/** The window's "Préparer les paquets…" in Word, through the IPC methods as the window calls them: the form's languages. */
describe('Word forms cut from the window', () => {
  const base = (file: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['customXml/item1.xml']!).slice(0, 400);

  it('are filled in both languages by default (the interface’s first), or in the one chosen; two of the same are refused', async () => {
    const root = tempDir('bilan-word-langs-');
    let folder = join(root, 'deux');
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), choosePackagesFolder: async () => folder, log: () => undefined });
    value(await service.setIdentity({ name: 'Claire Martin', email: 'claire.martin@example.org' }));
    const loaded = value(await service.loadReport(SAMPLE));

    const both = value(await service.cutPackages(loaded.docId, loaded.report, { deadline: null, message: '', format: 'docx', lang: 'en' }))!;
    expect(base(join(folder, both.packages[0]!.fileName))).toMatch(/langs="fr en" lang="en"/);

    folder = join(root, 'fr');
    const fr = value(await service.cutPackages(loaded.docId, both.report, { deadline: null, message: '', format: 'docx', lang: 'en', langs: ['fr'] }))!;
    const file = join(folder, fr.packages[0]!.fileName);
    expect(base(file)).toMatch(/langs="fr" lang="fr"/);
    // In French only: no box for English, the labels without a language.
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!);
    expect(xml).not.toContain('(anglais)');
    expect(xml).toContain('Comment remplir ce document');

    folder = join(root, 'en');
    const en = value(await service.cutPackages(loaded.docId, fr.report, { deadline: null, message: '', format: 'docx', langs: ['en'] }))!;
    expect(base(join(folder, en.packages[0]!.fileName))).toMatch(/langs="en" lang="en"/);

    const twice = await service.cutPackages(loaded.docId, en.report, { deadline: null, message: '', format: 'docx', langs: ['fr', 'fr'] as unknown as ['fr'] });
    expect(twice.ok).toBe(false);
  }, 240_000);
});
