import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageService } from '../../electron/main/services/package-service.js';
import { packContainer } from '../../shared/format/container.js';
import type { OpenedReport } from '../../shared/format/read.js';
import { reportJson } from '../../shared/format/write.js';
import { conflictKey } from '../../shared/merge/resolve.js';
import type { Author, Card, FieldValue, Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { plainText } from '../../shared/report/text.js';
import { addComment, isOpen, openComments, replyTo, resolveComment } from '../../shared/review/comments.js';
import { reviewOf, setReviewState } from '../../shared/review/states.js';
import { bilan } from '../support/cli.js';
import { digest, files, templates } from '../support/fixtures.js';
import { contribute } from '../support/packages.js';
import { SAMPLE, tempDir } from '../support/paths.js';

const EN = 'en_GB.UTF-8';
const coordinator: Author = { name: 'Claire Dubois', institution: null };
const ministry: Author = { name: 'Karim Benali', institution: 'ditp' };
const sender = { name: 'Karim Benali', email: 'karim.benali@ditp.example' };
const service = new PackageService(files, templates);

type Rich = Extract<FieldValue, { kind: 'richText' }>;
const resultsOf = (card: Card | undefined) => plainText((card!.fields['results'] as Rich).fr!.content);
/** The institution rewrites card 1's results in French. */
function rewriteResults(r: Report): void {
  const card = r.cards.find((c) => c.id === 'c01')!;
  card.fields['results'] = { ...withFrench(card.fields['results'] as Rich, [{ type: 'paragraph', children: [{ type: 'text', text: 'En 2020, 94 % des usagers satisfaits.' }] }]), kind: 'richText' };
}

/** The sample, with the coordinator's question on card 1 and the card sent back; cut into packages in a fresh folder. */
async function cutWith(prepare: (r: Report) => Report): Promise<{ dir: string; report: string; opened: OpenedReport; ditp: string; others: string[] }> {
  const dir = tempDir();
  const sample = await files.open(SAMPLE);
  const cut = await service.cutAll({ report: prepare(sample.report), media: sample.media }, join(dir, 'paquets'), { deadline: null, message: '' });
  const report = join(dir, 'rapport.bilan');
  await files.save(report, cut.report, sample.media);
  const ditp = cut.packages.find((p) => p.file.endsWith('DITP.bilan'))!.file;
  return { dir, report, opened: await files.open(report), ditp, others: cut.packages.map((p) => p.file).filter((f) => f !== ditp) };
}

describe('comments and review states through a package and back', () => {
  let round: Awaited<ReturnType<typeof cutWith>>;
  beforeAll(async () => {
    round = await cutWith((r) => {
      const asked = addComment(r, { card: 'c01', field: 'results', lang: 'fr', range: { quote: 'les mêmes indicateurs de qualité', start: 0 } }, { id: 'q-2020', author: coordinator, at: '2021-03-01T09:00:00.000Z', text: 'Pouvez-vous ajouter les chiffres de 2020\u202f?' });
      return setReviewState(asked, 'c01', 'needsChanges', coordinator, '2021-03-01T09:05:00.000Z', { id: 'why-c01', text: 'L’anglais manque.' });
    });
  });

  it('the package carries its cards’ comments and review states, and the file says version 3 or later', async () => {
    const pkg = (await files.open(round.ditp)).report;
    // Version 3 brought comments; the sample it is cut from is version 4 already (a chart block).
    // The report's card versions (version 5) stay with the coordinator: a package needs 4 at most.
    expect(pkg.version).toBe(Math.max(3, Math.min(4, round.opened.report.version)));
    expect(pkg.comments?.map((c) => c.text)).toEqual(['Pouvez-vous ajouter les chiffres de 2020\u202f?', 'L’anglais manque.']);
    expect(pkg.comments?.[0]?.anchor.range?.start).toBeGreaterThan(0);
    expect(pkg.review?.['c01']?.state).toBe('needsChanges');
    expect(pkg.settings).toBeUndefined();
    // The other institutions' packages hold no comment on card 1.
    for (const file of round.others) {
      const other = (await files.open(file)).report;
      if (!other.cards.some((c) => c.id === 'c01')) expect(other.comments ?? []).toEqual([]);
    }
  });

  it('the institution’s reply, its resolution and its edit come back; card 1 is “received”; importing it again adds nothing', async () => {
    await contribute(round.ditp, sender, (r) => {
      rewriteResults(r);
      const replied = replyTo(r, 'q-2020', { id: 'a-2020', author: ministry, at: '2021-03-10T14:00:00.000Z', text: 'Ajoutés dans « Résultats ».' });
      const resolved = resolveComment(replied, 'why-c01', ministry, '2021-03-10T14:05:00.000Z');
      r.comments = resolved.comments;
    });
    const plan = await service.plan(round.opened, round.ditp);
    expect(plan.comments).toMatchObject({ added: 0, replies: 1 });
    const applied = service.apply(round.opened, plan, new Map(), { name: 'Claire Dubois', email: 'claire.dubois@example.org' }, new Date('2021-03-12T10:00:00.000Z'));
    const question = applied.report.comments!.find((c) => c.id === 'q-2020')!;
    expect(question.replies.map((r) => r.text)).toEqual(['Ajoutés dans « Résultats ».']);
    expect(isOpen(question)).toBe(true);
    // The commented words were rewritten away: the question falls back to its field, still there.
    expect(question.anchor).toEqual({ card: 'c01', field: 'results', lang: 'fr' });
    expect(openComments(applied.report, 'c01').map((c) => c.id)).toEqual(['q-2020']);
    expect(resultsOf(applied.report.cards.find((c) => c.id === 'c01'))).toBe('En 2020, 94 % des usagers satisfaits.');
    expect(reviewOf(applied.report, 'c01')).toMatchObject({ state: 'received', by: { name: 'Karim Benali', institution: 'ditp' }, package: plan.packageId });
    // Saved and imported again: the same package changes nothing.
    const again = await service.plan(applied, round.ditp);
    expect(again.alreadyImported).toBe(true);
    expect(service.apply(applied, again, new Map(), null).report.comments).toEqual(applied.report.comments);
  });

  it('a package cannot rewrite what the coordinator wrote, nor comment on a card it does not hold', async () => {
    const pkg = await files.open(round.ditp);
    const forged = structuredClone(pkg.report);
    forged.comments = forged.comments!.map((c) => (c.id === 'q-2020' ? { ...c, text: 'Tout est parfait.' } : c));
    const out = join(round.dir, 'forged.bilan');
    await files.save(out, forged, pkg.media);
    const plan = await service.plan(round.opened, out);
    expect(plan.comments.merged.find((c) => c.id === 'q-2020')!.text).toBe('Pouvez-vous ajouter les chiffres de 2020\u202f?');
    // A comment on a card the package does not hold points nowhere in it: such a file is refused
    // as it is opened (written here by hand, as Bilan would not write it).
    forged.comments.push({ id: 'elsewhere', anchor: { card: 'c99-not-in-package' }, author: ministry, at: '2021-03-10T14:00:00.000Z', text: 'Hors du paquet.', replies: [], resolved: null });
    const stray = join(round.dir, 'stray.bilan');
    writeFileSync(stray, packContainer(reportJson(forged), pkg.media));
    await expect(service.plan(round.opened, stray)).rejects.toThrow(/c99-not-in-package/);
  });
});

describe('an approved card is protected from a package’s edits', () => {
  let round: Awaited<ReturnType<typeof cutWith>>;
  const approvedText = () => resultsOf(round.opened.report.cards.find((c) => c.id === 'c01'));
  beforeAll(async () => {
    round = await cutWith((r) => setReviewState(r, 'c01', 'approved', coordinator, '2021-03-01T09:00:00.000Z'));
    await contribute(round.ditp, sender, rewriteResults);
  });

  it('the service lists the edit as a conflict and applies nothing unless the coordinator takes it', async () => {
    const plan = await service.plan(round.opened, round.ditp);
    expect(plan.approved).toEqual(['c01']);
    expect(plan.conflicts.map((c) => [c.cardId, c.field, c.lang])).toEqual([['c01', 'results', 'fr']]);
    const kept = service.apply(round.opened, plan, new Map(), null);
    expect(resultsOf(kept.report.cards.find((c) => c.id === 'c01'))).toBe(approvedText());
    expect(reviewOf(kept.report, 'c01').state).toBe('approved');
    const taken = service.apply(round.opened, plan, new Map([[conflictKey(plan.conflicts[0]!), { choice: 'theirs' as const }]]), null);
    expect(resultsOf(taken.report.cards.find((c) => c.id === 'c01'))).toBe('En 2020, 94 % des usagers satisfaits.');
    expect(reviewOf(taken.report, 'c01').state).toBe('received');
  });

  it('bilan merge reports the conflict, keeps the approved text and exits with status 1', () => {
    const before = digest(round.report);
    const run = bilan(['merge', round.report, round.ditp, '--apply-clean'], EN);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('approved card 1: the package’s changes to it are shown as conflicts');
    expect(run.stdout).toMatch(/Conflict in .*DITP\.bilan: .*\[FR\]/);
    expect(run.stdout).toContain('0 fields to take, 1 conflict');
    // Nothing taken, nothing said: the report is not rewritten.
    expect(digest(round.report)).toBe(before);
  });
});
