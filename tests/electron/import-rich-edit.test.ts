import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import type { ImportConflictView, LoadedReport, PackagePlanView } from '../../shared/ipc/dto.js';
import type { Block, List, RichText } from '../../shared/model/richtext.js';
import type { Card, FieldValue, Report } from '../../shared/model/report.js';
import { isOutOfDate, withFrench } from '../../shared/report/localized.js';
import { files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { addPicture, contribute } from '../support/packages.js';
import { value } from '../support/replies.js';

// A conflict on a rich-text field settled by an edited result, as the import review sends it:
// commitment 1 is led by two institutions, and both rewrote its list of aims.

type Rich = Extract<FieldValue, { kind: 'richText' }>;
type Text = Extract<FieldValue, { kind: 'text' }>;
const card = (report: Report, id: string): Card => report.cards.find((c) => c.id === id)!;
const aimOf = (report: Report) => card(report, 'c01').fields['aim'] as Rich;
const sender = { name: 'Claire Dubois', email: 'claire.dubois@finances.example' };
/** French typography's no-break spaces as plain spaces, to match messages against readable patterns. */
const spaced = (message: string) => message.replace(/[\u00a0\u202f]/g, ' ');
const text = (words: string, bold?: true) => ({ type: 'text' as const, text: words, ...(bold ? { bold } : {}) });

/** The sample's aim of commitment 1 with the text of its list's item `n` (from 0) rewritten. */
function withItem(aim: RichText, n: number, children: List['items'][number]['children']): RichText {
  return aim.map((b) => (b.type === 'list' ? { ...b, items: b.items.map((item, i) => (i === n ? { ...item, children } : item)) } : b));
}

/** What the coordinator writes: both institutions' edits, a fourth aim in bold, and the link. */
const RESULT: RichText = [
  { type: 'paragraph', children: [text('Rendre compte aux usagers de la qualité des services publics. L’engagement porte sur :')] },
  {
    type: 'list',
    ordered: false,
    items: [
      { children: [text('la publication trimestrielle d’indicateurs de qualité ;')] },
      { children: [text('le recueil systématique de l’avis des usagers ;')] },
      { children: [text('la mise à disposition des résultats sur '), { type: 'link', url: 'https://www.data.gouv.fr', children: [text('data.gouv.fr')] }, text(' ;')] },
      { children: [text('un bilan annuel '), text('publié en ligne', true), text('.')] },
    ],
  },
];

/** A bulleted list nested `depth` levels deep. */
function nested(depth: number): Block {
  let list: List = { type: 'list', ordered: false, items: [{ children: [text('fond')] }] };
  for (let d = 1; d < depth; d++) list = { type: 'list', ordered: false, items: [{ children: [text(`niveau ${depth - d}`)], sublist: list }] };
  return list;
}

describe('settling a rich-text conflict with an edited result', () => {
  let service: AppService;
  let loaded: LoadedReport;
  let sessionId: string;
  let rich: ImportConflictView;
  let title: ImportConflictView;

  beforeEach(async () => {
    const folder = join(tempDir(), 'paquets');
    let chosen: string[] = [];
    service = new AppService({ locale: () => 'fr-FR', appDataDir: tempDir(), choosePackagesFolder: async () => folder, choosePackageFiles: async () => chosen, log: () => undefined });
    loaded = value(await service.loadReport(SAMPLE));
    const cut = value(await service.cutPackages(loaded.docId, loaded.report, { deadline: null, message: '' }))!;
    // The window holds the report with its register of issued packages from now on.
    loaded = { ...loaded, report: cut.report };
    const file = (institution: string) => join(folder, cut.packages.find((p) => p.institution === institution)!.fileName);
    const original = aimOf(loaded.report).fr!.content;
    await contribute(file('economie'), sender, (r) => {
      card(r, 'c01').fields['aim'] = { ...withFrench(aimOf(r), withItem(original, 0, [text('la publication trimestrielle d’indicateurs de qualité communs aux services qui reçoivent du public ;')])), kind: 'richText' };
      card(r, 'c01').fields['title'] = { ...withFrench(card(r, 'c01').fields['title'] as Text, 'Rendre compte chaque trimestre de la qualité des services publics'), kind: 'text' };
    });
    await contribute(file('ditp'), sender, (r, media) => {
      const link = { type: 'link' as const, url: 'https://www.data.gouv.fr', children: [text('data.gouv.fr')] };
      // …and a diagram of its own, which the report does not hold yet.
      const picture = addPicture(r, media, 'schema-ditp', 'Schéma des indicateurs publiés');
      card(r, 'c01').fields['aim'] = { ...withFrench(aimOf(r), [...withItem(original, 2, [text('la mise à disposition de ces résultats sur '), link, text('.')]), picture]), kind: 'richText' };
      card(r, 'c01').fields['title'] = { ...withFrench(card(r, 'c01').fields['title'] as Text, 'Rendre compte de la qualité des services publics, avec les usagers'), kind: 'text' };
    });
    chosen = [file('economie'), file('ditp')];
    const review = value(await service.planImports(loaded.docId, loaded.report, value(await service.choosePackages())));
    const [economie, ditp] = review.packages as [PackagePlanView, PackagePlanView];
    expect(economie.conflicts).toEqual([]);
    sessionId = review.sessionId;
    rich = ditp.conflicts.find((c) => c.edit === 'richText')!;
    title = ditp.conflicts.find((c) => c.edit === 'text')!;
  });

  it('shows the three versions of the rich text as blocks, ready to be edited', () => {
    expect(rich).toMatchObject({ cardId: 'c01', lang: 'fr', field: { fr: 'Ambition' } });
    expect(rich.rich!.base).toEqual(aimOf(loaded.report).fr!.content);
    expect(JSON.stringify(rich.rich!.ours)).toContain('trimestrielle');
    expect(JSON.stringify(rich.rich!.theirs)).toContain('https://www.data.gouv.fr');
    expect(title.rich).toBeNull();
  });

  it('sends the window the pictures the package adds, which the versions show before anything is applied', async () => {
    const review = value(await service.planImports(loaded.docId, loaded.report, value(await service.choosePackages())));
    const theirs = (review.packages[1] as PackagePlanView).conflicts.find((c) => c.edit === 'richText')!.rich!.theirs!;
    expect(theirs.at(-1)).toEqual({ type: 'image', media: 'schema-ditp', alt: 'Schéma des indicateurs publiés' });
    expect(Object.keys(review.media)).toEqual(['schema-ditp']);
    const png = readFileSync(join(SAMPLE, 'media', 'data-network.png'));
    expect(review.media['schema-ditp']).toBe(`data:image/png;base64,${png.toString('base64')}`);
    // Kept with the edited result, the picture comes with the import.
    const applied = value(await service.applyImports(sessionId, [{ key: rich.key, choice: 'edit', blocks: [...RESULT, theirs.at(-1)!] }]));
    expect(aimOf(applied.report).fr!.content.at(-1)).toMatchObject({ type: 'image', media: 'schema-ditp' });
    expect(applied.media).toEqual(review.media);
  });

  it('writes exactly the edited blocks, list and link included, and marks the English to review', async () => {
    const applied = value(await service.applyImports(sessionId, [{ key: rich.key, choice: 'edit', blocks: RESULT }, { key: title.key, choice: 'ours' }]));
    const aim = aimOf(applied.report);
    expect(aim.fr!.content).toEqual(RESULT);
    expect(aim.fr!.rev).toBeGreaterThan(aimOf(loaded.report).fr!.rev);
    expect(isOutOfDate(aim)).toBe(true);
    expect(applied.report.history!.at(-1)!.changes).toContainEqual({ card: 'c01', field: 'aim' });
    // The institution's diagram was in the version left aside: it does not come in.
    expect(applied.report.media.map((m) => m.id)).toEqual(loaded.report.media.map((m) => m.id));
    expect(applied.media).toEqual({});
    // It passes the file's own checks: saved and opened again, it reads the same.
    const path = join(tempDir(), 'rapport.bilan');
    await files.save(path, applied.report, (await files.open(SAMPLE)).media);
    expect(aimOf((await files.open(path)).report).fr!.content).toEqual(RESULT);
  });

  it('refuses an invalid rich text from the window, saying which field, which block and what is wrong, and applies nothing', async () => {
    const refusals: [unknown[], RegExp, RegExp][] = [
      [[{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('ici')] }] }], /bloc 1 : le lien n’est pas une adresse https, http ou mailto/, /block 1: the link is not an https, http or mailto address/],
      [[RESULT[0], { type: 'script', children: [] }], /bloc 2 : la valeur n’est d’aucune des formes permises/, /block 2: the value is of none of the allowed kinds/],
      [[{ type: 'table', headerRow: true, rows: [[{ children: [] }, { children: [] }], [{ children: [] }]] }], /bloc 1 : les lignes du tableau n’ont pas toutes le même nombre de cellules/, /block 1: the rows of the table have different numbers/],
      [[nested(9)], /bloc 1 : les listes sont imbriquées sur plus de 8 niveaux/, /block 1: lists are nested/],
      [[nested(200)], /le texte est imbriqué trop profondément/, /the text is nested too deeply/],
      [[{ type: 'image', media: 'absente', alt: 'Logo' }], /bloc 1 : le texte montre une image « absente » que le rapport ne contient pas/, /block 1: /],
    ];
    for (const [blocks, fr, en] of refusals) {
      const reply = await service.applyImports(sessionId, [{ key: rich.key, choice: 'edit', blocks: blocks as RichText }]);
      expect(reply.ok, JSON.stringify(blocks).slice(0, 80)).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.key).toBe('import.badEdit');
      expect(spaced(reply.error.message.fr)).toMatch(/^Le texte retenu pour « Ambition » \(Engagement n°1 – .+\) ne peut pas être appliqué : /);
      expect(spaced(reply.error.message.fr)).toMatch(fr);
      expect(reply.error.message.fr).toContain('Rien n’a été appliqué');
      expect(reply.error.message.en).toMatch(/^The text kept for “Aim\(s\)” \(Commitment 1 – .+\) cannot be applied: /);
      expect(reply.error.message.en).toMatch(en);
    }
    // A plain text where rich text is expected, and the other way round.
    const noBlocks = await service.applyImports(sessionId, [{ key: rich.key, choice: 'edit', text: 'Un paragraphe' }]);
    expect(noBlocks.ok || spaced(noBlocks.error.message.fr)).toMatch(/aucun texte enrichi n’a été reçu/);
    const notPlain = await service.applyImports(sessionId, [{ key: title.key, choice: 'edit', blocks: RESULT }]);
    expect(notPlain.ok || spaced(notPlain.error.message.fr)).toMatch(/« Titre de l’engagement ».* un texte simple était attendu/);
    // Not even an array: refused by shape before the session is looked at.
    const shape = await (service.applyImports as (...a: unknown[]) => ReturnType<AppService['applyImports']>)(sessionId, [{ key: rich.key, choice: 'edit', blocks: 'texte' }]);
    expect(shape.ok || shape.error.key).toBe('ipc.badArgument');
    // Each refusal left the review open: the coordinator corrects the text and applies.
    const applied = value(await service.applyImports(sessionId, [{ key: rich.key, choice: 'edit', blocks: RESULT }]));
    expect(aimOf(applied.report).fr!.content).toEqual(RESULT);
  });
});
