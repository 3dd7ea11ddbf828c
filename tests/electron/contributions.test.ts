import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { PackageService } from '../../electron/main/services/package-service.js';
import { ShellSettings } from '../../electron/main/services/shell-settings.js';
import type { ExportStatus, LoadedReport } from '../../shared/ipc/dto.js';
import type { Card, FieldValue, Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { digest, files, templates } from '../support/fixtures.js';
import { contribute } from '../support/packages.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { pdfText } from '../support/poppler.js';
import { value } from '../support/replies.js';

// The contributor's side through the service the window talks to: the remembered identity,
// the preview of a package's cards as a PDF, "send to the coordinator", and the identity
// recorded by the coordinator's import.

type Text = Extract<FieldValue, { kind: 'text' }>;
type Rich = Extract<FieldValue, { kind: 'richText' }>;
const NEXT_STEPS = 'Publier la liste révisée des données de référence au premier trimestre.';
const jeanne = { name: 'Jeanne Martin', email: 'jeanne.martin@etalab.example' };
const card = (report: Report, id: string): Card => report.cards.find((c) => c.id === id)!;
const titleOf = (c: Card) => (c.fields['title'] as Text).fr!.content;
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The package with commitment 4's French next steps written, as the contributor's window holds it. */
function edited(report: Report): Report {
  const next = structuredClone(report);
  const steps = (card(next, 'c04').fields['nextSteps'] ?? { kind: 'richText' }) as Rich;
  card(next, 'c04').fields['nextSteps'] = { ...withFrench(steps, [{ type: 'paragraph', children: [{ type: 'text', text: NEXT_STEPS }] }]), kind: 'richText' };
  return next;
}

let folder: string;
let etalab: string;

beforeAll(async () => {
  folder = join(tempDir(), 'paquets');
  await new PackageService(files, templates).cutAll(await files.open(SAMPLE), folder, { deadline: '2021-03-31', message: 'Merci de compléter vos fiches.' });
  etalab = join(folder, 'etalab.bilan');
});

describe('the remembered identity in the shell’s settings', () => {
  it('is kept in userData, trimmed, and read back by the next session', async () => {
    const dir = tempDir();
    const first = new ShellSettings(dir);
    await first.load();
    expect(first.user).toBeNull();
    await first.saveUser({ name: '  Jeanne Martin ', email: ' jeanne.martin@etalab.example ' });
    const next = new ShellSettings(dir);
    await next.load();
    expect(next.user).toEqual(jeanne);
  });

  it('counts a malformed or invalid identity file as no identity, and keeps the other settings', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'recent.json'), JSON.stringify(['/tmp/rapport.bilan']));
    for (const content of ['{', JSON.stringify({ name: 'Jeanne', email: 'pas une adresse' }), JSON.stringify({ name: '', email: 'a@b.fr' }), JSON.stringify(['x'])]) {
      writeFileSync(join(dir, 'user.json'), content);
      const settings = new ShellSettings(dir);
      await settings.load();
      expect(settings.user, content).toBeNull();
      expect(settings.recent).toEqual(['/tmp/rapport.bilan']);
    }
  });

  it('is set through the service only when it can sign, saying why not in both languages', async () => {
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() });
    expect(value(await service.getIdentity())).toBeNull();
    const noName = await service.setIdentity({ name: ' ', email: 'x@y.fr' });
    expect(noName).toMatchObject({ ok: false, error: { key: 'identity.noName' } });
    const badEmail = await service.setIdentity({ name: 'Jeanne Martin', email: 'jeanne.martin@' });
    expect(badEmail).toMatchObject({ ok: false, error: { key: 'identity.badEmail' } });
    if (!badEmail.ok) {
      expect(badEmail.error.message.fr).toContain('« jeanne.martin@ » n’est pas une adresse électronique valide');
      expect(badEmail.error.message.en).toContain('“jeanne.martin@” is not a valid email address');
    }
    expect(value(await service.getIdentity())).toBeNull();
    expect(value(await service.setIdentity(jeanne))).toEqual(jeanne);
    expect(value(await service.getIdentity())).toEqual(jeanne);
  });
});

describe('the preview of a package’s cards', () => {
  let service: AppService;
  let doc: LoadedReport;
  const opened: string[] = [];
  const appData = tempDir();
  const previews = join(appData, 'previews');

  beforeAll(async () => {
    service = new AppService({ locale: () => 'fr-FR', appDataDir: appData, openFile: async (path) => (opened.push(path), '') });
    service.grant(etalab);
    doc = value(await service.loadReport(etalab));
  });

  async function finished(job: string): Promise<ExportStatus> {
    for (;;) {
      const status = value(await service.exportStatus(job));
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('renders the cards as the window holds them, and only them, then opens the PDF', async () => {
    const job = value(await service.startPreview(doc.docId, edited(doc.report), ['fr']));
    const status = await finished(job);
    expect(status.error).toBeUndefined();
    const shown = value(await service.openPreview(job));
    expect(shown).toHaveLength(1);
    expect(opened).toEqual(shown);
    expect(dirname(shown[0]!)).toMatch(/\/previews\/bilan-apercu-etalab-[^/]+$/);
    expect(dirname(dirname(shown[0]!))).toBe(previews);
    expect(basename(shown[0]!)).toBe('rapport-fr.pdf');
    const text = flat(pdfText(shown[0]!));
    const mine = doc.report.cards.map(titleOf);
    expect(mine).toHaveLength(5);
    for (const title of mine) expect(text).toContain(flat(title));
    const sample = await files.open(SAMPLE);
    const others = sample.report.cards.filter((c) => !doc.report.cards.some((m) => m.id === c.id)).map(titleOf);
    expect(others).toHaveLength(16);
    for (const title of others) expect(text).not.toContain(flat(title));
    // The unsaved edit is in it, and what is still missing shows as a placeholder.
    expect(text).toContain(NEXT_STEPS);
    expect(text).not.toContain('Tableau de synthèse');
  });

  it('renders each language asked for', async () => {
    const job = value(await service.startPreview(doc.docId, doc.report, ['fr', 'en']));
    expect((await finished(job)).state).toBe('done');
    const shown = value(await service.openPreview(job));
    expect(shown.map((f) => f.split('/').pop()).sort()).toEqual(['rapport-fr.pdf', 'report-en.pdf']);
    expect(flat(pdfText(shown.find((f) => f.endsWith('report-en.pdf'))!))).toContain('Commitment 4');
  });

  it('keeps only the latest preview of a document, and none once it is closed or the application quits', async () => {
    const first = value(await service.startPreview(doc.docId, doc.report, ['fr']));
    await finished(first);
    const firstFolder = dirname(value(await service.openPreview(first))[0]!);
    const second = value(await service.startPreview(doc.docId, doc.report, ['fr']));
    // The earlier one is out of date: gone from the disk, and no longer opened.
    expect(existsSync(firstFolder)).toBe(false);
    expect(await service.openPreview(first)).toMatchObject({ ok: false, error: { key: 'preview.unknown' } });
    await finished(second);
    const secondFolder = dirname(value(await service.openPreview(second))[0]!);
    expect(readdirSync(previews)).toEqual([basename(secondFolder)]);

    // Closing the package removes its preview; another document's stays until the application quits.
    const other = value(await service.loadReport(etalab));
    const third = value(await service.startPreview(other.docId, other.report, ['en']));
    await finished(third);
    value(await service.closeReport(other.docId));
    expect(existsSync(secondFolder)).toBe(true);
    expect(readdirSync(previews)).toEqual([basename(secondFolder)]);
    service.dispose();
    expect(readdirSync(previews)).toEqual([]);
    doc = value(await service.loadReport(etalab));
  });

  it('cancels a preview still being drawn when a newer one replaces it', async () => {
    const first = value(await service.startPreview(doc.docId, doc.report, ['fr', 'en']));
    const second = value(await service.startPreview(doc.docId, doc.report, ['fr']));
    expect(value(await service.exportStatus(first)).state).toBe('cancelled');
    expect((await finished(second)).state).toBe('done');
    expect(readdirSync(previews)).toHaveLength(1);
  });

  it('sweeps at start-up the previews an earlier run left behind for a day, and nothing else', async () => {
    const data = tempDir();
    const root = join(data, 'previews');
    const old = join(root, 'bilan-apercu-etalab-Ab12Cd');
    const recent = join(root, 'bilan-apercu-etalab-Ef34Gh');
    const mine = join(root, 'notes');
    for (const dir of [old, recent, mine]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(old, 'rapport-fr.pdf'), '%PDF-1.7');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    utimesSync(mine, twoDaysAgo, twoDaysAgo);
    const fresh = new AppService({ locale: () => 'fr-FR', appDataDir: data });
    expect(await fresh.sweepLeftovers()).toBe(1);
    expect(readdirSync(root).sort()).toEqual(['bilan-apercu-etalab-Ef34Gh', 'notes']);
    // A first start, with no previews folder yet, has nothing to sweep.
    expect(await new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }).sweepLeftovers()).toBe(0);
  });

  it('refuses a report that is not a package, and a job that is not a preview', async () => {
    const sample = value(await service.loadReport(SAMPLE));
    expect(await service.startPreview(sample.docId, sample.report, ['fr'])).toMatchObject({ ok: false, error: { key: 'contribution.notPackage' } });
    expect(await service.openPreview('6f1c1f0e-59a8-4c1b-9c1e-1d6f0d6b2a11')).toMatchObject({ ok: false, error: { key: 'preview.unknown' } });
    expect(await service.startPreview(doc.docId, doc.report, [])).toMatchObject({ ok: false, error: { key: 'ipc.badArgument' } });
  });
});

describe('sending a package to the coordinator', () => {
  it('stamps the package with the sender and time, writes the edits to its file, and remembers the sender', async () => {
    const dir = tempDir();
    const file = join(dir, 'etalab.bilan');
    writeFileSync(file, readFileSync(etalab));
    const settings = new ShellSettings(join(dir, 'userData'));
    await settings.load();
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), identity: settings });
    service.grant(file);
    const doc = value(await service.loadReport(file));
    const before = Date.now();
    const sent = value(await service.sendPackage(doc.docId, edited(doc.report), { name: ' Jeanne Martin', email: 'jeanne.martin@etalab.example ' }))!;
    expect(sent.path).toBe(file);
    expect(sent.fileName).toBe('etalab.bilan');
    expect(sent.by).toEqual(jeanne);
    expect(Date.parse(sent.sentAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(sent.report.package!.sent).toEqual({ by: jeanne, at: sent.sentAt });
    expect(sent.warnings).toBeGreaterThan(0);
    const onDisk = await files.open(file);
    expect(onDisk.report.package!.sent).toEqual({ by: jeanne, at: sent.sentAt });
    expect(JSON.stringify(card(onDisk.report, 'c04').fields['nextSteps'])).toContain(NEXT_STEPS);
    // Remembered in userData for the next session.
    const later = new ShellSettings(join(dir, 'userData'));
    await later.load();
    expect(later.user).toEqual(jeanne);
    expect(value(await service.getIdentity())).toEqual(jeanne);
  });

  it('refuses an invalid email before writing anything', async () => {
    const file = join(tempDir(), 'etalab.bilan');
    writeFileSync(file, readFileSync(etalab));
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() });
    service.grant(file);
    const doc = value(await service.loadReport(file));
    const was = digest(file);
    const reply = await service.sendPackage(doc.docId, edited(doc.report), { name: 'Jeanne Martin', email: 'jeanne.martin@etalab' });
    expect(reply).toMatchObject({ ok: false, error: { key: 'identity.badEmail' } });
    expect(digest(file)).toBe(was);
    expect(value(await service.getIdentity())).toBeNull();
  });

  it('leaves the previous file byte for byte when the write fails, and says why in both languages', async () => {
    const dir = tempDir();
    const file = join(dir, 'etalab.bilan');
    writeFileSync(file, readFileSync(etalab));
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() });
    service.grant(file);
    const doc = value(await service.loadReport(file));
    const was = digest(file);
    // The backup of the previous version cannot be made: a folder is in its way.
    mkdirSync(join(dir, 'etalab.bilan.bak', 'occupé'), { recursive: true });
    const reply = await service.sendPackage(doc.docId, edited(doc.report), jeanne);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.key).toBe('save.failed');
    expect(reply.error.message.fr).toContain(file);
    expect(reply.error.message.fr).toContain('Le fichier sur le disque n’a pas changé');
    expect(reply.error.message.en).toContain(file);
    expect(digest(file)).toBe(was);
    expect((await files.open(file)).report.package!.sent).toBeNull();
    expect(value(await service.getIdentity())).toBeNull();
    // An invalid report is refused as well, and the file is still as it was.
    const broken = edited(doc.report) as unknown as { cards: { number: unknown }[] };
    broken.cards[0]!.number = 12;
    expect((await service.sendPackage(doc.docId, broken, jeanne)).ok).toBe(false);
    expect(digest(file)).toBe(was);
  });

  it('refuses to send a report that is not a package', async () => {
    const file = join(tempDir(), 'rapport.bilan');
    const sample = await files.open(SAMPLE);
    await files.save(file, sample.report, sample.media);
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() });
    service.grant(file);
    const doc = value(await service.loadReport(file));
    const was = digest(file);
    expect(await service.sendPackage(doc.docId, doc.report, jeanne)).toMatchObject({ ok: false, error: { key: 'contribution.notPackage' } });
    expect(digest(file)).toBe(was);
  });
});

describe('the coordinator’s import', () => {
  it('records the remembered identity as the one who imported', async () => {
    const dir = tempDir();
    const returned = join(dir, 'etalab.bilan');
    writeFileSync(returned, readFileSync(etalab));
    await contribute(returned, jeanne, (r) => {
      const title = card(r, 'c05').fields['title'] as Text;
      card(r, 'c05').fields['title'] = { ...withFrench(title, 'Désigner des administrateurs des données partout'), kind: 'text' };
    });
    const coordinator = { name: 'Paul Durand', email: 'paul.durand@modernisation.gouv.fr' };
    const service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), choosePackageFiles: async () => [returned] });
    const doc = value(await service.loadReport(SAMPLE));
    const importOnce = async () => {
      const review = value(await service.planImports(doc.docId, doc.report, value(await service.choosePackages())));
      return value(await service.applyImports(review.sessionId, [])).report.history!.at(-1)!;
    };
    expect((await importOnce()).importedBy).toBeNull();
    value(await service.setIdentity(coordinator));
    const record = await importOnce();
    expect(record.importedBy).toEqual(coordinator);
    expect(record.sentBy).toEqual(jeanne);
  });
});
