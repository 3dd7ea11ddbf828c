import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeHashes } from '../../electron/main/services/package-seal.js';
import { PackageService } from '../../electron/main/services/package-service.js';
import { unpackContainer } from '../../shared/format/container.js';
import { readReport, type OpenedReport } from '../../shared/format/read.js';
import { BilanError } from '../../shared/i18n/errors.js';
import { planImport } from '../../shared/merge/import.js';
import { leadsOf } from '../../shared/merge/package.js';
import { conflictKey, type Resolution } from '../../shared/merge/resolve.js';
import type { Block } from '../../shared/model/richtext.js';
import type { Card, FieldValue, Report } from '../../shared/model/report.js';
import { withEnglish, withFrench } from '../../shared/report/localized.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

const packages = new PackageService(files, templates);
const template = templates.get('ogp-end-of-term');
const para = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
type Rich = Extract<FieldValue, { kind: 'richText' }>;

let sample: OpenedReport;
beforeAll(async () => {
  sample = await files.open(SAMPLE);
});

/** Adds a paragraph to a field in French (and English) as a contributor would, tagged with `mark`. */
function write(card: Card, field: string, mark: string, lang: 'fr' | 'en' | 'both' = 'both'): void {
  const value = (card.fields[field] as Rich | undefined) ?? { kind: 'richText' };
  let next: Rich = value;
  if (lang !== 'en') next = { ...withFrench(next, [...(next.fr?.content ?? []), para(`${mark} (fr)`)]), kind: 'richText' };
  if (lang !== 'fr') next = { ...withEnglish(next, [...(next.en?.content ?? []), para(`${mark} (en)`)]), kind: 'richText' };
  card.fields[field] = next;
}

/** Every word of a value, for "is this text still somewhere?". */
const words = (value: unknown) => JSON.stringify(value ?? null);

describe('the contribution round trip', () => {
  it('cuts one package per lead institution; a shared card goes to each of its institutions', async () => {
    const dir = join(tempDir(), 'paquets');
    const { packages: written } = await packages.cutAll(sample, dir, { deadline: '2021-03-31', message: 'Merci de compléter vos fiches avant la fin du mois.' });
    const leads = new Set(sample.report.cards.flatMap((c) => leadsOf(c, template)));
    expect(written.map((w) => w.institution).sort()).toEqual([...leads].sort());
    expect(readdirSync(dir).length).toBe(written.length);
    const shared = sample.report.cards.find((c) => leadsOf(c, template).length > 1)!;
    const holders = [];
    for (const w of written) {
      const pkg = await files.open(w.file);
      expect(pkg.report.package!.institution).toBe(w.institution);
      expect(pkg.report.package!.deadline).toBe('2021-03-31');
      expect(pkg.report.chapters).toEqual([]);
      for (const card of pkg.report.cards) expect(leadsOf(card, template)).toContain(w.institution);
      expect(pkg.report.package!.bases).toEqual(pkg.report.cards);
      if (pkg.report.cards.some((c) => c.id === shared.id)) {
        holders.push(w.institution);
        expect(pkg.report.package!.shared[shared.id]).toEqual(leadsOf(shared, template).filter((i) => i !== w.institution));
      }
    }
    expect(holders.sort()).toEqual(leadsOf(shared, template).sort());
  });

  it('merges every package back without losing a word, while the coordinator edits too', async () => {
    const dir = join(tempDir(), 'paquets');
    const cut = await packages.cutAll(sample, dir, { deadline: null, message: '' });
    const written = cut.packages;
    const marks: string[] = [];
    // Each institution writes in every card it holds; shared cards get edits from each holder.
    for (const w of written) {
      const pkg = await files.open(w.file);
      for (const card of pkg.report.cards) {
        const mark = `contribution ${w.institution} ${card.number}`;
        write(card, 'nextSteps', `${mark} prochaines étapes`);
        write(card, leadsOf(card, template).length > 1 ? 'results' : 'otherStakeholders', `${mark} détails`);
        marks.push(`${mark} prochaines étapes (fr)`, `${mark} détails (fr)`);
      }
      pkg.report.package!.sent = { by: { name: `Agent ${w.institution}`, email: `agent@${w.institution}.example` }, at: '2021-03-30T10:00:00.000Z' };
      await files.save(w.file, pkg.report, pkg.media);
    }
    // The coordinator edits the same report in the meantime, some of it on the same paragraphs.
    let opened: OpenedReport = structuredClone({ report: cut.report, media: sample.media });
    const coordinatorMarks: string[] = [];
    for (const card of opened.report.cards.slice(0, 6)) {
      write(card, 'nextSteps', `coordination ${card.number}`, 'fr');
      coordinatorMarks.push(`coordination ${card.number} (fr)`);
    }
    let conflicts = 0;
    const conflictTexts: string[] = [];
    for (const w of written) {
      const plan = await packages.plan(opened, w.file);
      expect(plan.alreadyImported).toBe(false);
      expect(plan.sentBy?.name).toBe(`Agent ${w.institution}`);
      conflicts += plan.conflicts.length;
      conflictTexts.push(...plan.conflicts.map((c) => words(c.theirs)));
      opened = packages.apply(opened, plan, new Map(), { name: 'Coordination', email: 'coordination@example.org' });
    }
    const result = words(opened.report.cards);
    for (const mark of marks) expect(result.includes(mark) || conflictTexts.some((c) => c.includes(mark)), mark).toBe(true);
    for (const mark of coordinatorMarks) expect(result).toContain(mark);
    // Every applied change is on record: package, institution, who, when, which field.
    expect(opened.report.history).toHaveLength(written.length);
    const record = opened.report.history![0]!;
    expect(record.importedBy?.name).toBe('Coordination');
    expect(record.changes.length).toBeGreaterThan(0);
    // Both sides added to the same fields of cards 1–6: those are real conflicts, kept in view.
    expect(conflicts).toBeGreaterThan(0);
    // The result is a report Bilan can save and open again.
    const file = join(tempDir(), 'fusion.bilan');
    await files.save(file, opened.report, opened.media);
    expect((await files.open(file)).report.cards).toEqual(opened.report.cards);
  });

  it('gives exactly the contributor’s content when nothing changed meanwhile, and nothing the second time', async () => {
    const dir = join(tempDir(), 'paquets');
    const cut = await packages.cutAll(sample, dir, { deadline: null, message: '' });
    const [first] = cut.packages;
    const issued: OpenedReport = { report: cut.report, media: sample.media };
    const pkg = await files.open(first!.file);
    for (const card of pkg.report.cards) {
      write(card, 'results', 'Résultat ajouté par le ministère');
      card.fields['progress'] = { kind: 'choice', value: 'completed' };
    }
    await files.save(first!.file, pkg.report, pkg.media);
    const plan = await packages.plan(issued, first!.file);
    expect(plan.conflicts).toEqual([]);
    const once = packages.apply(issued, plan, new Map(), null);
    for (const theirs of pkg.report.cards) expect(once.report.cards.find((c) => c.id === theirs.id)!.fields).toEqual(theirs.fields);
    const others = sample.report.cards.filter((c) => !pkg.report.cards.some((p) => p.id === c.id));
    for (const card of others) expect(once.report.cards.find((c) => c.id === card.id)).toEqual(card);
    const again = await packages.plan(once, first!.file);
    expect(again.alreadyImported).toBe(true);
    expect(packages.apply(once, again, new Map(), null).report).toEqual(once.report);
  });

  it('lets the coordinator settle a conflict with the institution’s text', async () => {
    const dir = join(tempDir(), 'paquets');
    const cut = await packages.cutAll(sample, dir, { deadline: null, message: '' });
    const [first] = cut.packages;
    const pkg = await files.open(first!.file);
    const cardId = pkg.report.cards[0]!.id;
    const theirs = pkg.report.cards[0]!;
    theirs.fields['aim'] = { ...withFrench(theirs.fields['aim'] as Rich, [para('Ambition réécrite par le ministère.')]), kind: 'richText' };
    await files.save(first!.file, pkg.report, pkg.media);
    const ours: OpenedReport = structuredClone({ report: cut.report, media: sample.media });
    const mine = ours.report.cards.find((c) => c.id === cardId)!;
    mine.fields['aim'] = { ...withFrench(mine.fields['aim'] as Rich, [para('Ambition réécrite par la coordination.')]), kind: 'richText' };
    const plan = await packages.plan(ours, first!.file);
    const conflict = plan.conflicts.find((c) => c.cardId === cardId && c.field === 'aim' && c.lang === 'fr')!;
    expect(conflict).toBeDefined();
    const settled = packages.apply(ours, plan, new Map<string, Resolution>([[conflictKey(conflict), { choice: 'theirs' }]]), null);
    const aim = settled.report.cards.find((c) => c.id === cardId)!.fields['aim'] as Rich;
    expect(aim.fr!.content).toEqual([para('Ambition réécrite par le ministère.')]);
    expect(aim.fr!.rev).toBeGreaterThan((mine.fields['aim'] as Rich).fr!.rev);
    // Undo is the report as it was: the import built a new one.
    expect((ours.report.cards.find((c) => c.id === cardId)!.fields['aim'] as Rich).fr!.content).toEqual([para('Ambition réécrite par la coordination.')]);
  });
});

describe('the contributor’s side', () => {
  it('sends a package stamped with name, email and time, listing what is still missing as warnings', async () => {
    const dir = join(tempDir(), 'paquets');
    const { packages: written, report: issued } = await packages.cutAll(sample, dir, { deadline: '2021-03-31', message: 'Merci.' });
    const w = written.find((x) => x.cards > 1)!;
    const pkg = await files.open(w.file);
    const { warnings } = await packages.send(pkg, w.file, { name: 'Jeanne Martin', email: 'jeanne.martin@example.org' }, new Date('2021-03-30T09:00:00Z'));
    const sent = await files.open(w.file);
    expect(sent.report.package!.sent).toEqual({ by: { name: 'Jeanne Martin', email: 'jeanne.martin@example.org' }, at: '2021-03-30T09:00:00.000Z' });
    expect(warnings.every((i) => i.target.kind === 'card' && pkg.report.cards.some((c) => c.id === (i.target as { id: string }).id))).toBe(true);
    expect((await packages.plan({ report: issued, media: sample.media }, w.file)).sentBy).toEqual({ name: 'Jeanne Martin', email: 'jeanne.martin@example.org' });
    await expect(packages.send(sample, join(dir, 'x.bilan'), { name: 'x', email: 'x@example.org' })).rejects.toThrow(BilanError);
  });
});

describe('bad packages are refused with a clear message, the report unchanged', () => {
  /** The report that issued the package, with its register. */
  let issuer: OpenedReport;
  async function onePackage(): Promise<{ file: string; pkg: OpenedReport }> {
    const dir = join(tempDir(), 'paquets');
    const cut = await packages.cutAll(sample, dir, { deadline: null, message: '' });
    issuer = { report: cut.report, media: sample.media };
    return { file: cut.packages[0]!.file, pkg: await files.open(cut.packages[0]!.file) };
  }

  /** Refused by the report that issued it, and by a report without a register (packages cut before it). */
  async function refused(file: string, key: string, unregisteredKey = key): Promise<void> {
    for (const [into, expected] of [[issuer, key], [sample, unregisteredKey]] as const) {
      const before = structuredClone(into.report);
      const error = await packages.plan(into, file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BilanError);
      expect((error as BilanError).key).toBe(expected);
      for (const lang of ['fr', 'en'] as const) expect((error as BilanError).describe(lang)).toContain(file);
      expect(into.report).toEqual(before);
    }
  }

  it('a package cut from another report', async () => {
    const { file, pkg } = await onePackage();
    await files.save(file, { ...pkg.report, id: '00000000-0000-4000-8000-000000000001' }, pkg.media);
    await refused(file, 'import.otherReport');
  });

  it('a report instead of a package', async () => {
    await onePackage();
    await refused(SAMPLE, 'import.notPackage');
  });

  it('a tampered scope: a card the institution does not lead, slipped in with its base', async () => {
    const { file, pkg } = await onePackage();
    const foreign = sample.report.cards.find((c) => !leadsOf(c, template).includes(pkg.report.package!.institution))!;
    const report: Report = { ...pkg.report, cards: [...pkg.report.cards, foreign], package: { ...pkg.report.package!, bases: [...pkg.report.package!.bases, foreign] } };
    await files.save(file, report, pkg.media);
    await refused(file, 'import.altered', 'import.outOfScope');
  });

  it('a card the report does not have', async () => {
    const { file, pkg } = await onePackage();
    const ghost = { ...pkg.report.cards[0]!, id: 'c99', number: '99' };
    await files.save(file, { ...pkg.report, cards: [...pkg.report.cards, ghost], package: { ...pkg.report.package!, bases: [...pkg.report.package!.bases, ghost] } }, pkg.media);
    await refused(file, 'import.altered', 'import.unknownCard');
  });

  it('10,000 randomly mutated packages: each refused with a message or planned safely; the report never changes', async () => {
    const { file } = await onePackage();
    const bytes = new Uint8Array(readFileSync(file));
    const entries = unpackContainer(bytes, file);
    const json = new TextDecoder().decode(entries.json);
    const before = JSON.stringify(issuer.report);
    let seed = 12345;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = ['"', '{', '}', '[', ']', ',', ':', 'null', '0', '-1', '"c01"', '"../x"', 'true', '"javascript:x"', '1e999', '""'];
    let refusedCount = 0;
    for (let i = 0; i < 10_000; i++) {
      const at = random(json.length);
      const mutated = random(3) === 0 ? json.slice(0, at) + json.slice(at + 1 + random(20)) : json.slice(0, at) + pieces[random(pieces.length)] + json.slice(at + random(3));
      try {
        const pkg = readReport({ json: new TextEncoder().encode(mutated), media: entries.media }, file, (id, v) => templates.get(id, v));
        const plan = await planImport(issuer.report, issuer.media, template, pkg.report, pkg.media, file, nodeHashes);
        // A mutation the checks let through is a legitimate package: it may only touch its own cards.
        for (const m of plan.merges) expect(leadsOf(issuer.report.cards.find((c) => c.id === m.card.id)!, template)).toContain(plan.institution);
      } catch (error) {
        expect(error).toBeInstanceOf(BilanError);
        expect((error as BilanError).describe('fr').length).toBeGreaterThan(20);
        refusedCount++;
      }
    }
    expect(refusedCount).toBeGreaterThan(5_000);
    expect(JSON.stringify(issuer.report)).toBe(before);
  }, 120_000);

  it('a truncated package file', async () => {
    const { file } = await onePackage();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await packages.plan(issuer, file).catch((e: unknown) => e);
    expect((error as BilanError).key).toBe('open.damaged');
  });
});
