import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { nodeHashes } from '../../electron/main/services/package-seal.js';
import { PackageService } from '../../electron/main/services/package-service.js';
import { unpackContainer } from '../../shared/format/container.js';
import type { ImportReview, PackagePlanView } from '../../shared/ipc/dto.js';
import type { BilanError } from '../../shared/i18n/errors.js';
import { cutPackage, leadsOf } from '../../shared/merge/package.js';
import { claimedParts, sealOf } from '../../shared/merge/register.js';
import type { Card, FieldValue, Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { bilan } from '../support/cli.js';
import { digest, files, refusalOf, templates } from '../support/fixtures.js';
import { contribute } from '../support/packages.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { value } from '../support/replies.js';

// The audit's reproductions ("packages that cannot lie"): a package relabelled with another
// institution was imported, its history recorded under the false name; a package with a forged
// base overwrote the coordinator's later edit without a conflict; a package could hand its card
// to another institution (whose genuine package was then refused) or move it to an ambition the
// report does not have (and the whole merge failed). Each is run through the real services and
// the real command line, on a report that issued its packages with `bilan packages`.

const EN = 'en_GB.UTF-8';
const template = templates.get('ogp-end-of-term');
const packages = new PackageService(files, templates);
const sender = { name: 'Julien Marchetti', email: 'julien.marchetti@etalab.example' };
type Rich = Extract<FieldValue, { kind: 'richText' }>;
const card = (report: Report, id: string): Card => report.cards.find((c) => c.id === id)!;
const para = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];
const withAim = (c: Card, text: string) => {
  c.fields['aim'] = { ...withFrench(c.fields['aim'] as Rich, para(text)), kind: 'richText' };
};
const aimText = (c: Card) => JSON.stringify((c.fields['aim'] as Rich).fr!.content);
const nameOf = (report: Report, id: string, lang: 'fr' | 'en') => report.institutions.find((i) => i.id === id)!.name[lang]!.content;

/** A coordinator's report saved as a file, and the packages `bilan packages` cut from it. */
let dir = '';
let report = '';
let folder = '';
const pkgOf = (name: string) => join(folder, name);

beforeEach(async () => {
  dir = tempDir();
  report = join(dir, 'rapport.bilan');
  folder = join(dir, 'paquets');
  const sample = await files.open(SAMPLE);
  await files.save(report, sample.report, sample.media);
  const cut = bilan(['packages', report, '--out', folder]);
  expect(cut.status, cut.stderr).toBe(0);
});

/** The error planning `file` into the report on disk gives (through the service the CLI uses). */
async function refusal(file: string): Promise<BilanError> {
  const error = await refusalOf(packages.plan(await files.open(report), file));
  return error;
}

describe('cutting packages records them in the report', () => {
  it('saves the report with a register of each package, keeps the old file as .bak, and puts no key in any package', async () => {
    const { report: coordinator } = await files.open(report);
    const register = coordinator.issued!;
    expect(register.key).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(`${report}.bak`)).toBe(true);
    expect((await files.open(`${report}.bak`)).report.issued).toBeUndefined();
    for (const entry of register.packages) {
      const leads = coordinator.cards.filter((c) => leadsOf(c, template).includes(entry.institution)).map((c) => c.id);
      expect(entry.cards.map((c) => c.id)).toEqual(leads);
      expect(entry.cards.every((c) => /^[0-9a-f]{64}$/.test(c.base))).toBe(true);
    }
    const written = readdirSync(folder);
    expect(written).toHaveLength(register.packages.length);
    for (const name of written) {
      const json = new TextDecoder().decode(unpackContainer(new Uint8Array(readFileSync(pkgOf(name))), name).json);
      expect(json).not.toContain(register.key);
      expect(JSON.parse(json)).not.toHaveProperty('issued');
      expect(register.packages.some((p) => p.id === (JSON.parse(json) as Report).package!.id)).toBe(true);
    }
  });

  it('asks for --save-as when the report is a folder, writing nothing; with it, saves the report there', () => {
    const out = join(tempDir(), 'paquets');
    const refused = bilan(['packages', SAMPLE, '--out', out], EN);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`No package was written: ${SAMPLE} is a folder`);
    expect(refused.stderr).toContain('--save-as');
    expect(existsSync(out)).toBe(false);
    const saved = join(tempDir(), 'rapport.bilan');
    const run = bilan(['packages', SAMPLE, '--out', out, '--save-as', saved], EN);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Saved ${saved}`);
    expect(existsSync(saved)).toBe(true);
  });
});

describe('a package relabelled with another institution', () => {
  it('is refused, naming both institutions, and nothing is recorded under the false name', async () => {
    // Etalab's cards (4 to 8) are all led by DINUM too: the old scope check let this through.
    const file = pkgOf('etalab.bilan');
    await contribute(file, sender, (r) => {
      withAim(card(r, 'c05'), 'Texte écrit par Etalab, présenté comme celui de la DINUM.');
      r.package!.institution = 'dinum';
    });
    const { report: coordinator } = await files.open(report);
    const error = await refusal(file);
    expect(error.key).toBe('import.altered');
    expect(error.describe('en')).toContain(`it says it is for ${nameOf(coordinator, 'dinum', 'en')}, but it was issued to ${nameOf(coordinator, 'etalab', 'en')}`);
    expect(error.describe('fr')).toContain(`il se dit destiné à ${nameOf(coordinator, 'dinum', 'fr')}, mais il a été préparé pour ${nameOf(coordinator, 'etalab', 'fr')}`);

    const before = digest(report);
    const run = bilan(['merge', report, file, '--apply-clean'], EN);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file} was changed outside Bilan: it says it is for`);
    expect(digest(report)).toBe(before);
  });
});

describe('a package with a forged base', () => {
  /** The coordinator rewrites the aim of card 1 after the packages were sent. */
  async function coordinatorEdits(): Promise<Card> {
    const opened = await files.open(report);
    withAim(card(opened.report, 'c01'), 'Ambition revue par la coordination après l’envoi.');
    await files.save(report, opened.report, opened.media);
    return card(opened.report, 'c01');
  }

  it('is refused: the coordinator’s later edit is never overwritten', async () => {
    const later = await coordinatorEdits();
    const file = pkgOf('DITP.bilan');
    await contribute(file, sender, (r) => {
      withAim(card(r, 'c01'), 'Ambition de la DITP.');
      // The base claims the coordinator's new text was what was sent: the merge would take theirs.
      r.package!.bases[r.package!.bases.findIndex((b) => b.id === 'c01')] = structuredClone(later);
    });
    const error = await refusal(file);
    expect(error.key).toBe('import.altered');
    expect(error.describe('en')).toContain('the version of card no. 1 it says it was cut from is not the one that was sent');

    const before = digest(report);
    const run = bilan(['merge', report, file, '--apply-clean'], EN);
    expect(run.status).toBe(2);
    expect(digest(report)).toBe(before);
    expect(aimText(card((await files.open(report)).report, 'c01'))).toBe(aimText(later));
  });

  it('sent as it was issued, meets the coordinator’s edit as a conflict, kept as in the report', async () => {
    const later = await coordinatorEdits();
    const file = pkgOf('DITP.bilan');
    await contribute(file, sender, (r) => withAim(card(r, 'c01'), 'Ambition de la DITP.'));
    const run = bilan(['merge', report, file, '--apply-clean'], EN);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^Conflict in .*DITP\.bilan: Commitment 1 – .* – Aim\(s\) \[FR\] \(kept as in the report/m);
    expect(aimText(card((await files.open(report)).report, 'c01'))).toBe(aimText(later));
  });
});

describe('a package the report never issued', () => {
  it('is refused, by the window and by bilan merge, even when cut from a copy of the same report', async () => {
    // Someone holding a copy of the report cuts a package of their own: same report id, not in the register.
    const copy = await files.open(`${report}.bak`);
    const theirs = await packages.cutAll(copy, join(tempDir(), 'autres'), { deadline: null, message: '' });
    const file = theirs.packages.find((p) => p.institution === 'etalab')!.file;
    await contribute(file, sender, (r) => withAim(card(r, 'c05'), 'Texte d’un paquet jamais envoyé.'));

    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), chooseReportFile: async () => report, choosePackageFiles: async () => [file], log: () => undefined });
    const doc = value(await service.loadReport(value(await service.chooseReportFile())!));
    const review: ImportReview = value(await service.planImports(doc.docId, doc.report, value(await service.choosePackages())));
    const [refused] = review.packages;
    expect(refused).toMatchObject({ ok: false, error: { key: 'import.notIssued' } });
    if (refused?.ok === false) {
      expect(refused.error.message.fr).toContain(`${file} ne fait pas partie des paquets préparés à partir de ce rapport`);
      expect(refused.error.message.en).toContain(`${file} is not among the packages this report issued`);
    }

    const before = digest(report);
    const run = bilan(['merge', report, file, '--apply-clean']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ne fait pas partie des paquets préparés à partir de ce rapport');
    expect(digest(report)).toBe(before);
  });
});

describe('a package cut before the register existed', () => {
  /** A report as an earlier Bilan left it (no register), and a package it cut (version 1, no seal). */
  async function oldRound(): Promise<{ old: string; file: string }> {
    const old = join(tempDir(), 'ancien.bilan');
    const sample = await files.open(SAMPLE);
    await files.save(old, sample.report, sample.media);
    const pkg = cutPackage(sample.report, template, { institution: 'ecologie', deadline: null, message: '', id: crypto.randomUUID(), now: new Date('2021-03-01T09:00:00Z') });
    const file = join(tempDir(), 'ecologie.bilan');
    await files.save(file, { ...pkg, version: 1 }, sample.media);
    await contribute(file, sender, (r) => withAim(card(r, 'c17'), 'Ambition écrite avant le registre.'));
    return { old, file };
  }

  it('is imported into a report without a register, with a warning in the user’s language', async () => {
    const { old, file } = await oldRound();
    const french = bilan(['merge', old, file, '--out', join(tempDir(), 'fusion.bilan'), '--apply-clean']);
    expect(french.status, french.stderr).toBe(0);
    expect(french.stderr).toContain(`! ${file}: ce rapport ne tient pas de registre des paquets envoyés`);
    const out = join(tempDir(), 'fusion.bilan');
    const english = bilan(['merge', old, file, '--out', out, '--apply-clean'], EN);
    expect(english.status, english.stderr).toBe(0);
    expect(english.stderr).toContain(`! ${file}: this report keeps no register of the packages it issued`);
    expect(aimText(card((await files.open(out)).report, 'c17'))).toContain('Ambition écrite avant le registre.');

    // The window's import review shows the same warning, in both languages, above the changes.
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), chooseReportFile: async () => old, choosePackageFiles: async () => [file], log: () => undefined });
    const doc = value(await service.loadReport(value(await service.chooseReportFile())!));
    const review = value(await service.planImports(doc.docId, doc.report, value(await service.choosePackages())));
    const [plan] = review.packages as [PackagePlanView];
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]!.fr).toMatch(/^ce rapport ne tient pas de registre des paquets envoyés/);
    expect(plan.warnings[0]!.en).toMatch(/^this report keeps no register of the packages it issued/);
  });

  it('is refused once the report has issued packages with a register', async () => {
    const { old, file } = await oldRound();
    const cut = bilan(['packages', old, '--out', join(tempDir(), 'paquets')]);
    expect(cut.status, cut.stderr).toBe(0);
    const run = bilan(['merge', old, file, '--apply-clean'], EN);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not among the packages this report issued');
  });
});

describe('what a package may change is the content of its own cards', () => {
  it('ignores, with a warning, a card handed to another institution or moved to another or an unknown ambition; the co-leads’ packages still import', async () => {
    const etalab = pkgOf('etalab.bilan');
    const participation = (await files.open(report)).report.ambitions.find((a) => a.id === 'participation')!;
    await contribute(etalab, sender, (r) => {
      // Card 5 handed to Etalab alone, its co-leads (MTFP, DINUM) dropped.
      card(r, 'c05').fields['leadInstitutions'] = { kind: 'institutions', ids: ['etalab'] };
      // Card 6 moved to an ambition the report has, card 7 to one it does not.
      r.ambitions.push(structuredClone(participation), { id: 'nowhere', title: { fr: { rev: 1, content: 'Ailleurs' } } });
      card(r, 'c06').ambition = 'participation';
      card(r, 'c07').ambition = 'nowhere';
      // And a genuine edit, which is taken.
      withAim(card(r, 'c08'), 'Ambition de la fiche 8 revue par Etalab.');
    });
    const dinum = pkgOf('DINUM.bilan');
    await contribute(dinum, sender, (r) => withAim(card(r, 'c05'), 'Ambition de la fiche 5 revue par la DINUM.'));

    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), chooseReportFile: async () => report, choosePackageFiles: async () => [etalab, dinum], log: () => undefined });
    const doc = value(await service.loadReport(value(await service.chooseReportFile())!));
    const review = value(await service.planImports(doc.docId, doc.report, value(await service.choosePackages())));
    const [fromEtalab, fromDinum] = review.packages as [PackagePlanView, PackagePlanView];
    expect(fromEtalab.ok && fromDinum.ok).toBe(true);
    const ignored = fromEtalab.ignored.map((i) => i.en);
    expect(ignored).toContain('the package changes the lead institutions of card no. 5: they are the coordinator’s, and stay as in the report');
    expect(ignored).toContain('the package moves card no. 6 to another ambition: the coordinator places the cards, and the card stays where the report has it');
    expect(ignored).toContain('the package moves card no. 7 to another ambition: the coordinator places the cards, and the card stays where the report has it');
    expect(fromEtalab.ignored.map((i) => i.fr)).toContain('le paquet modifie les administrations pilotes de la fiche n°5 : elles relèvent de la coordination et restent celles du rapport');
    expect(fromEtalab.warnings).toEqual([]);

    const applied = value(await service.applyImports(review.sessionId, []));
    const result = applied.report;
    for (const id of ['c05', 'c06', 'c07']) {
      expect(card(result, id).ambition).toBe(card(doc.report, id).ambition);
      expect(card(result, id).fields['leadInstitutions']).toEqual(card(doc.report, id).fields['leadInstitutions']);
    }
    expect(aimText(card(result, 'c08'))).toContain('revue par Etalab');
    expect(aimText(card(result, 'c05'))).toContain('revue par la DINUM');
    expect(result.ambitions.map((a) => a.id)).not.toContain('nowhere');
    // The history records what was taken, under each institution, and no ambition move.
    expect(result.history!.map((h) => h.institution)).toEqual(['etalab', 'dinum']);
    expect(result.history![0]!.changes).toEqual([{ card: 'c08', field: 'aim' }]);
  });

  it('bilan merge prints the ignored changes and applies the rest', async () => {
    const etalab = pkgOf('etalab.bilan');
    await contribute(etalab, sender, (r) => {
      r.ambitions.push({ id: 'nowhere', title: { fr: { rev: 1, content: 'Ailleurs' } } });
      card(r, 'c07').ambition = 'nowhere';
      withAim(card(r, 'c08'), 'Ambition de la fiche 8 revue par Etalab.');
    });
    const run = bilan(['merge', report, etalab, '--apply-clean'], EN);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`! ${etalab}: the package moves card no. 7 to another ambition`);
    expect(run.stderr).toContain(`! ${etalab}: the package changes the ambition “nowhere”`);
    const merged = (await files.open(report)).report;
    expect(card(merged, 'c07').ambition).toBe('digital-resources');
    expect(aimText(card(merged, 'c08'))).toContain('revue par Etalab');
  });
});

describe('the seal (HMAC-SHA256 under the report’s key)', () => {
  it('matches the package as issued, and no longer once its bases or scope are edited by hand', async () => {
    const { report: coordinator } = await files.open(report);
    const key = coordinator.issued!.key;
    const { report: pkg } = await files.open(pkgOf('etalab.bilan'));
    const info = pkg.package!;
    const sealed = (i: typeof info) => sealOf(claimedParts(coordinator.id, i, nodeHashes), key, nodeHashes);
    expect(sealed(info)).toBe(info.seal);
    const base = structuredClone(info.bases);
    withAim(base[0]!, 'Base réécrite à la main.');
    expect(sealed({ ...info, bases: base })).not.toBe(info.seal);
    expect(sealed({ ...info, institution: 'dinum' })).not.toBe(info.seal);
    expect(sealed({ ...info, bases: info.bases.slice(1) })).not.toBe(info.seal);
    // Without the key, a seal cannot be made: one made under another key does not pass.
    expect(sealOf(claimedParts(coordinator.id, info, nodeHashes), '0'.repeat(64), nodeHashes)).not.toBe(info.seal);
  });

  it('refuses a package whose seal was removed or made without the key, its other parts intact', async () => {
    const file = pkgOf('etalab.bilan');
    const { report: pkg } = await files.open(file);
    for (const seal of [undefined, 'f'.repeat(64)]) {
      await contribute(file, sender, (r) => {
        if (seal === undefined) delete r.package!.seal;
        else r.package!.seal = seal;
      });
      const error = await refusal(file);
      expect(error.key).toBe('import.altered');
      expect(error.describe('en')).toContain('its seal does not match what it was issued with');
    }
    expect(pkg.package!.seal).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a register that does not match the schema', () => {
  it('is refused on opening, saying where', async () => {
    const opened = await files.open(report);
    const broken = join(tempDir(), 'casse.bilan');
    mkdirSync(join(broken, 'media'), { recursive: true });
    writeFileSync(join(broken, 'report.json'), JSON.stringify({ ...opened.report, issued: { ...opened.report.issued, key: 'secret' } }));
    for (const [name, bytes] of opened.media) writeFileSync(join(broken, 'media', name), bytes);
    const error = await files.open(broken).catch((e: unknown) => e);
    expect((error as BilanError).describe('en')).toContain('not a SHA-256 digest');
  });
});
