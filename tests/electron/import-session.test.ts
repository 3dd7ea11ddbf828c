import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import type { ImportReview, PackagePlanView } from '../../shared/ipc/dto.js';
import type { Card, FieldValue, Report } from '../../shared/model/report.js';
import { plainText } from '../../shared/report/text.js';
import { withEnglish, withFrench } from '../../shared/report/localized.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { contribute } from '../support/packages.js';
import { value } from '../support/replies.js';

// The coordinator's round trip through the IPC methods, as the window calls them: cut the
// sample's packages, get two back (one clashing with the coordinator's own edit), review, apply.

const ETALAB_TITLE = 'Ouvrir les données publiques par défaut, avec un administrateur dans chaque ministère';
const OUR_TITLE = 'Désigner des administrateurs des données dans tous les ministères';
const C17_AIM_EN = 'Make environmental data open and easy to reuse.';
const sender = { name: 'Julien Marchetti', email: 'julien.marchetti@etalab.example' };

type Text = Extract<FieldValue, { kind: 'text' }>;
type Rich = Extract<FieldValue, { kind: 'richText' }>;
const card = (report: Report, id: string): Card => report.cards.find((c) => c.id === id)!;

describe('importing returned packages through the service', () => {
  it('plans two packages, one with a conflict, applies the institution’s version, and records the history', async () => {
    const folder = join(tempDir(), 'paquets');
    let chosen: string[] = [];
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), choosePackagesFolder: async () => folder, choosePackageFiles: async () => chosen, log: () => undefined });
    const loaded = value(await service.loadReport(SAMPLE));
    const cut = value(await service.cutPackages(loaded.docId, loaded.report, { deadline: '2021-03-31', message: 'Merci !' }))!;
    expect(cut.folder).toBe(folder);
    const byInstitution = new Map(cut.packages.map((p) => [p.institution, join(folder, p.fileName)]));
    expect(byInstitution.has('etalab') && byInstitution.has('ecologie')).toBe(true);

    await contribute(byInstitution.get('etalab')!, sender, (r) => {
      const title = card(r, 'c05').fields['title'] as Text;
      card(r, 'c05').fields['title'] = { ...withFrench(title, ETALAB_TITLE), kind: 'text' };
    });
    await contribute(byInstitution.get('ecologie')!, sender, (r) => {
      const aim = card(r, 'c17').fields['aim'] as Rich;
      card(r, 'c17').fields['aim'] = { ...withEnglish(aim, [{ type: 'paragraph', children: [{ type: 'text', text: C17_AIM_EN }] }]), kind: 'richText' };
    });
    // The window now holds the report with its register of issued packages.
    expect(cut.report.issued!.packages.map((p) => p.institution).sort()).toEqual(cut.packages.map((p) => p.institution).sort());
    // Meanwhile the coordinator retitles commitment 5 too.
    const ours = structuredClone(cut.report);
    const title = card(ours, 'c05').fields['title'] as Text;
    card(ours, 'c05').fields['title'] = { ...withFrench(title, OUR_TITLE), kind: 'text' };

    // Paths not chosen through the dialog are refused.
    expect((await service.planImports(loaded.docId, ours, [byInstitution.get('etalab')!])).ok).toBe(false);
    chosen = [byInstitution.get('etalab')!, byInstitution.get('ecologie')!, join(folder, 'absent.bilan')];
    const paths = value(await service.choosePackages());
    const review: ImportReview = value(await service.planImports(loaded.docId, ours, paths));
    const [etalab, ecologie, absent] = review.packages as [PackagePlanView, PackagePlanView, { ok: false; error: { message: { fr: string; en: string } } }];
    expect(etalab.institutionName.fr).toBe('Etalab');
    expect(etalab.sentBy).toEqual(sender);
    expect(etalab.sentAt).toBe('2021-03-20T10:00:00.000Z');
    expect(etalab.warnings).toEqual([]);
    expect(etalab.conflicts).toHaveLength(1);
    const conflict = etalab.conflicts[0]!;
    expect(conflict).toMatchObject({ cardId: 'c05', lang: 'fr', ours: OUR_TITLE, theirs: ETALAB_TITLE, edit: 'text' });
    expect(conflict.base).toMatch(/^Désigner des administrateurs ministériels/);
    expect(conflict.field.fr).toBe('Titre de l’engagement');
    expect(ecologie.conflicts).toEqual([]);
    expect(ecologie.changes).toEqual([{ cardId: 'c17', card: expect.objectContaining({ fr: expect.stringMatching(/^Engagement n°17/) }), fields: [expect.objectContaining({ fr: 'Ambition' })] }]);
    expect(absent.ok).toBe(false);
    expect(absent.error.message.fr).toContain('absent.bilan');

    const applied = value(await service.applyImports(review.sessionId, [{ key: conflict.key, choice: 'theirs' }]));
    const result = applied.report;
    expect((card(result, 'c05').fields['title'] as Text).fr?.content).toBe(ETALAB_TITLE);
    const aim = card(result, 'c17').fields['aim'] as Rich;
    expect(plainText(aim.en!.content)).toBe(C17_AIM_EN);
    expect(result.history?.map((h) => [h.institution, h.sentBy?.name])).toEqual([
      ['etalab', sender.name],
      ['ecologie', sender.name],
    ]);
    expect(result.history![0]!.changes).toContainEqual({ card: 'c05', field: 'title' });
    expect(result.history![1]!.changes).toEqual([{ card: 'c17', field: 'aim' }]);
    // Outside the packages' cards nothing moved, and the session is over.
    expect(card(result, 'c01')).toEqual(card(ours, 'c01'));
    expect((await service.applyImports(review.sessionId, [])).ok).toBe(false);

    // The same packages imported again change nothing.
    const again = value(await service.planImports(loaded.docId, result, paths.slice(0, 2)));
    expect(again.packages.every((p) => p.ok && p.alreadyImported)).toBe(true);
  });

  it('refuses a decision on a conflict it never showed', async () => {
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), choosePackageFiles: async () => [], log: () => undefined });
    const loaded = value(await service.loadReport(SAMPLE));
    expect(value(await service.choosePackages())).toEqual([]);
    const reply = await service.applyImports(loaded.docId, [{ key: 'x', choice: 'theirs' }]);
    expect(reply.ok || reply.error.key).toBe('import.noSession');
  });
});
