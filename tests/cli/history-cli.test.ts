import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordSave } from '../../shared/history/versions.js';
import type { Author, Card, Report } from '../../shared/model/report.js';
import { withFrench } from '../../shared/report/localized.js';
import { setReviewState } from '../../shared/review/states.js';
import { bilan } from '../support/cli.js';
import { files } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

const coordinator: Author = { name: 'Claire Dubois', institution: null };
const ORIGINAL = 'Désigner des administrateurs ministériels des données et accompagner la mise en œuvre du principe d’ouverture par défaut';

function retitled(report: Report, title: string): Report {
  const cards = report.cards.map((card): Card => {
    if (card.id !== 'c05' || card.fields['title']?.kind !== 'text') return card;
    return { ...card, fields: { ...card.fields, title: { ...withFrench(card.fields['title'], title), kind: 'text' } } };
  });
  return { ...report, cards };
}

describe('bilan history', () => {
  let file: string;
  beforeAll(async () => {
    const { report, media } = await files.open(SAMPLE);
    const saved = recordSave(retitled(report, ORIGINAL.replace('accompagner', 'accompagner résolument')), report, '2021-03-01T09:00:00.000Z', coordinator);
    const approved = setReviewState(saved, 'c05', 'approved', coordinator, '2021-03-02T09:00:00.000Z');
    file = join(tempDir(), 'historique.bilan');
    // The card changed again after its last point: "now" differs from it.
    await files.save(file, retitled(approved, ORIGINAL.replace('accompagner', 'soutenir résolument')), media);
  });

  it('lists the points of a card, in French and in English, and as JSON', () => {
    const fr = bilan(['history', file, '--card', '5']);
    expect(fr.status).toBe(0);
    expect(fr.stdout).toMatch(/1 {2}2021-03-01 09:00 {2}État d’origine\n/);
    expect(fr.stdout).toMatch(/2 {2}2021-03-01 09:00 {2}Enregistrement — Claire Dubois \(coordination\)\n/);
    expect(fr.stdout).toMatch(/3 {2}2021-03-02 09:00 {2}État de relecture\u00a0: validée — Claire Dubois \(coordination\)\n/);
    expect(bilan(['history', file, '--card', 'c05'], 'en_GB.UTF-8').stdout).toContain('Review state: approved — Claire Dubois (coordination)');
    const json = JSON.parse(bilan(['history', file, '--card', 'c05', '--json'], 'C').stdout) as { points: { point: number; kind: string; state: string | null }[] };
    expect(json.points.map((p) => [p.point, p.kind, p.state])).toEqual([
      [1, 'start', null],
      [2, 'save', null],
      [3, 'review', 'approved'],
    ]);
  });

  it('prints the words removed and added between two points, field by field and language by language', () => {
    const run = bilan(['history', file, '--card', 'c05', '--compare', '1 now']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Titre de l’engagement\n  français\u00a0:\n    Désigner des administrateurs ministériels des données et [-accompagner -]{+soutenir résolument +}la mise en œuvre');
    expect(run.stdout).toContain('  inchangé en anglais');
    expect(run.stdout).toMatch(/\d+ autres champs inchangés\./);
    const json = JSON.parse(bilan(['history', file, '--card', 'c05', '--compare', '2,3', '--json'], 'C').stdout) as { changed: unknown[]; unchanged: string[] };
    expect(json.changed).toEqual([]);
    expect(json.unchanged).toContain('title');
  });

  it('bilan schema describes the card versions, with their bounds', () => {
    const schema = JSON.parse(bilan(['schema'], 'C').stdout) as { properties: Record<string, { properties: Record<string, { maxItems?: number; additionalProperties?: { maxItems?: number } }> }> };
    const versions = schema.properties['cardVersions']!;
    expect(Object.keys(versions.properties)).toEqual(['values', 'cards']);
    expect(versions.properties['values']!.maxItems).toBe(200_000);
    expect(versions.properties['cards']!.additionalProperties!.maxItems).toBe(100);
  });

  it('refuses an unknown card and a point that does not exist, in words', () => {
    const unknown = bilan(['history', file, '--card', 'c99']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('la fiche «\u00a0c99\u00a0» n’est pas dans');
    const bad = bilan(['history', file, '--card', 'c05', '--compare', '1 9'], 'en_GB.UTF-8');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('“9”: --compare takes two versions, each a number from 1 to 3 or “now”');
  });
});
