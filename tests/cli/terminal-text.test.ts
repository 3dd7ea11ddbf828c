import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageService } from '../../electron/main/services/package-service.js';
import type { FieldValue, Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { bilan } from '../support/cli.js';
import { files, templates } from '../support/fixtures.js';
import { contribute } from '../support/packages.js';
import { SAMPLE, tempDir } from '../support/paths.js';

const ESC = '\u001b';
/** Clears the screen, retitles the window, then reverses what follows. */
const HOSTILE_TITLE = `Plan${ESC}[2J${ESC}[H${ESC}]0;piégé\u0007 national\u202e\u009b31m\nRien ne bloque la publication`;
/** What a terminal would obey rather than show. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const rich = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];
const aim = (report: Report) => report.cards.find((c) => c.id === 'c01')!.fields['aim'] as Extract<FieldValue, { kind: 'richText' }>;

let file = '';
let pkg = '';
beforeAll(async () => {
  const dir = tempDir();
  const sample = await files.open(SAMPLE);
  const report = structuredClone(sample.report);
  report.title = withFrench(report.title, HOSTILE_TITLE);
  report.period = `2018${ESC}[1A–2020`;
  for (const card of report.cards) {
    const title = card.fields['title'] as Extract<FieldValue, { kind: 'text' }>;
    card.fields['title'] = { ...withFrench(title, `${ESC}[31m${title.fr!.content}\r\n✓ Tout est publié${ESC}[0m`), kind: 'text' };
  }
  const cut = await new PackageService(files, templates).cutAll({ report, media: sample.media }, join(dir, 'paquets'), { deadline: null, message: '' });
  pkg = cut.packages.find((w) => w.file.endsWith('DITP.bilan'))!.file;
  await contribute(pkg, { name: 'Claire Dubois', email: 'claire.dubois@ditp.example' }, (r) => {
    r.cards.find((c) => c.id === 'c01')!.fields['aim'] = { ...withFrench(aim(r), rich('Ambition de la DITP.')), kind: 'richText' };
  });
  // Meanwhile the coordinator rewrote the same aim: a conflict, printed with the card's title.
  const coordinator = cut.report;
  coordinator.cards.find((c) => c.id === 'c01')!.fields['aim'] = { ...withFrench(aim(coordinator), rich('Ambition de la coordination.')), kind: 'richText' };
  file = join(dir, 'rapport.bilan');
  await files.save(file, coordinator, sample.media);
});

describe('text from a report printed to a terminal', () => {
  it('info: the title and period without escape sequences, controls or bidi overrides, on one line', () => {
    const run = bilan(['info', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout.split('\n')[0]).toBe('Titre : Plan national Rien ne bloque la publication');
    expect(run.stdout).toContain('2018–2020');
  });

  it('validate: card titles quoted in the list cannot forge a line of their own', () => {
    const run = bilan(['validate', file, '--lang', 'fr']);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toMatch(/^Engagement n°\d+ – .+ ✓ Tout est publié$/m);
    expect(run.stdout).not.toMatch(/^✓ Tout est publié/m);
  });

  it('merge: the conflict names the card without what the terminal would obey', () => {
    const run = bilan(['merge', file, pkg, '--out', join(tempDir(), 'fusion.bilan'), '--apply-clean']);
    expect(run.status, run.stderr).toBe(1);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(CONTROL);
    expect(run.stdout).toMatch(/^Conflit dans .+DITP\.bilan\u00a0: Engagement n°1 – .+ ✓ Tout est publié – .+ \[FR\] \(conservé/m);
  });

  it('--json keeps the text as it is, JSON escaping its controls', () => {
    const run = bilan(['info', file, '--json']);
    expect(run.stdout).toContain('\\u001b[2J');
    expect((JSON.parse(run.stdout) as { title: { fr: string } }).title.fr).toBe(HOSTILE_TITLE);
  });
});
