import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/model/richtext.js';
import type { Card, FieldValue } from '../../shared/model/report.js';
import { deepEqual } from '../../shared/merge/equal.js';
import { mergeCard } from '../../shared/merge/merge-card.js';
import { isOutOfDate } from '../../shared/report/localized.js';

const para = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const rich = (fr: string[], en?: string[], frRev = 1, enFrom = frRev): FieldValue => ({
  kind: 'richText',
  fr: { rev: frRev, content: fr.map(para) },
  ...(en ? { en: { content: en.map(para), source: { rev: enFrom } } } : {}),
});
const card = (fields: Card['fields']): Card => ({ id: 'c05', number: '5', ambition: 'digital', fields });

describe('merging one card', () => {
  it('takes both sides’ edits to different paragraphs of one field', () => {
    const base = card({ results: rich(['Un.', 'Deux.', 'Trois.']) });
    const ours = card({ results: rich(['Un, revu par la coordination.', 'Deux.', 'Trois.'], undefined, 2) });
    const theirs = card({ results: rich(['Un.', 'Deux.', 'Trois, complété par le ministère.'], undefined, 2) });
    const { card: merged, conflicts, changed } = mergeCard(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(changed).toEqual(['results']);
    const results = merged.fields['results'] as Extract<FieldValue, { kind: 'richText' }>;
    expect(results.fr?.content).toEqual([para('Un, revu par la coordination.'), para('Deux.'), para('Trois, complété par le ministère.')]);
    expect(results.fr!.rev).toBeGreaterThan(2);
  });

  it('reports a paragraph both sides rewrote differently, keeping ours until someone decides', () => {
    const base = card({ results: rich(['Un.', 'Deux.']) });
    const ours = card({ results: rich(['Un.', 'Deux (coordination).']) });
    const theirs = card({ results: rich(['Un.', 'Deux (ministère).']) });
    const { card: merged, conflicts } = mergeCard(base, ours, theirs);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ cardId: 'c05', field: 'results', lang: 'fr' });
    expect(conflicts[0]!.theirs).toEqual([para('Un.'), para('Deux (ministère).')]);
    expect(merged.fields['results']).toEqual(ours.fields['results']);
  });

  it('marks the English out of date when the institution changes the French only', () => {
    const base = card({ aim: rich(['Ouvrir les données.'], ['Open the data.']) });
    const theirs = card({ aim: rich(['Ouvrir les données et les codes sources.'], ['Open the data.'], 2, 1) });
    const merged = mergeCard(base, base, theirs).card.fields['aim'] as Extract<FieldValue, { kind: 'richText' }>;
    expect(merged.fr?.content).toEqual([para('Ouvrir les données et les codes sources.')]);
    expect(isOutOfDate(merged)).toBe(true);
  });

  it('merges rows by id: additions on both sides kept, a row deleted by one and edited by the other is a conflict', () => {
    const row = (id: string, title: string) => ({ id, cells: { title: { kind: 'text' as const, fr: { rev: 1, content: title } }, status: { kind: 'choice' as const, value: 'ongoing' } } });
    const base = card({ milestones: { kind: 'rows', rows: [row('m1', 'Jalon 1'), row('m2', 'Jalon 2')] } });
    const ours = card({ milestones: { kind: 'rows', rows: [row('m1', 'Jalon 1'), row('m2', 'Jalon 2 revu'), row('m3', 'Jalon 3')] } });
    const theirs = card({ milestones: { kind: 'rows', rows: [{ ...row('m1', 'Jalon 1'), cells: { ...row('m1', 'Jalon 1').cells, status: { kind: 'choice', value: 'done' } } }, row('m4', 'Jalon 4')] } });
    const { card: merged, conflicts } = mergeCard(base, ours, theirs);
    const rows = (merged.fields['milestones'] as Extract<FieldValue, { kind: 'rows' }>).rows;
    expect(rows.map((r) => r.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(rows[0]!.cells['status']).toEqual({ kind: 'choice', value: 'done' });
    expect(conflicts).toEqual([expect.objectContaining({ field: 'milestones', row: 'm2' })]);
  });
});

/** Random edits of a list of paragraphs: rewrite, insert, delete. */
const edits = (size: number) => fc.array(fc.record({ at: fc.nat(size), op: fc.constantFrom('rewrite', 'insert', 'delete'), text: fc.string({ minLength: 1, maxLength: 8 }) }), { maxLength: 4 });
function applyEdits(paras: string[], list: { at: number; op: string; text: string }[], tag: string): string[] {
  const out = [...paras];
  for (const e of list) {
    const i = Math.min(e.at, out.length);
    if (e.op === 'insert') out.splice(i, 0, `${tag}+${e.text}`);
    else if (i < out.length && e.op === 'rewrite') out[i] = `${tag}~${e.text}`;
    else if (i < out.length) out.splice(i, 1);
  }
  return out;
}
const texts = (v: FieldValue | undefined) => (v?.kind === 'richText' ? (v.fr?.content ?? []).map((b) => (b.type === 'paragraph' && b.children[0]?.type === 'text' ? b.children[0].text : '')) : []);
const baseParas = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 6 }).map((xs) => xs.map((x) => `b:${x}`));

describe('properties of the three-way merge', () => {
  it('loses no value: every paragraph either side wrote is in the result or in a conflict', () => {
    fc.assert(
      fc.property(baseParas, edits(6), edits(6), (paras, e1, e2) => {
        const base = card({ results: rich(paras) });
        const ours = card({ results: rich(applyEdits(paras, e1, 'o'), undefined, 2) });
        const theirs = card({ results: rich(applyEdits(paras, e2, 't'), undefined, 2) });
        const { card: merged, conflicts } = mergeCard(base, ours, theirs);
        const kept = new Set([...texts(merged.fields['results']), ...conflicts.flatMap((c) => [...((c.ours as Block[]) ?? []), ...((c.theirs as Block[]) ?? [])].map((b) => (b.type === 'paragraph' && b.children[0]?.type === 'text' ? b.children[0].text : '')))]);
        for (const p of [...texts(ours.fields['results']), ...texts(theirs.fields['results'])]) if (!paras.includes(p)) expect(kept.has(p)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent: merging the same contribution again changes nothing', () => {
    fc.assert(
      fc.property(baseParas, edits(6), edits(6), (paras, e1, e2) => {
        const base = card({ results: rich(paras) });
        const ours = card({ results: rich(applyEdits(paras, e1, 'o'), undefined, 2) });
        const theirs = card({ results: rich(applyEdits(paras, e2, 't'), undefined, 2) });
        const once = mergeCard(base, ours, theirs);
        const twice = mergeCard(base, once.card, theirs);
        expect(twice.card).toEqual(once.card);
        expect(twice.conflicts.length).toBe(once.conflicts.length);
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on the order of imports when the edits are disjoint', () => {
    fc.assert(
      fc.property(baseParas, edits(6), edits(6), fc.constantFrom('done', 'ongoing', 'suspended'), (paras, e1, e2, status) => {
        const base = card({ results: rich(paras), nextSteps: rich(paras), progress: { kind: 'choice', value: 'limited' } });
        // Two institutions on one shared card, editing different fields.
        const a = card({ ...base.fields, results: rich(applyEdits(paras, e1, 'a'), undefined, 2) });
        const b = card({ ...base.fields, nextSteps: rich(applyEdits(paras, e2, 'b'), undefined, 2), progress: { kind: 'choice', value: status } });
        const ab = mergeCard(base, mergeCard(base, base, a).card, b);
        const ba = mergeCard(base, mergeCard(base, base, b).card, a);
        expect(ab.conflicts).toEqual([]);
        expect(deepEqual(ab.card, ba.card)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
