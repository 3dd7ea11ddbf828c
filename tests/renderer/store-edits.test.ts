import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../renderer/src/components/fields/word-diff.js';
import { readValue, writeValue } from '../../renderer/src/store/edits/paths.js';
import { movedRow, newRow, withoutRow } from '../../renderer/src/store/edits/rows.js';
import { COALESCE_MS, emptyHistory, recordEdit } from '../../renderer/src/store/history.js';
import type { Report } from '../../shared/model/report.js';
import { files } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';

// The pure parts of the editor's store: where values sit, undo steps, rows, the review diff.

const sample = async (): Promise<Report> => (await files.open(SAMPLE)).report;

describe('editing a value in a report', () => {
  it('changes only the value at its path, sharing every other part with the old report', async () => {
    const report = await sample();
    const path = { kind: 'card' as const, cardId: 'c05', fieldId: 'progress' };
    const next = writeValue(report, path, { kind: 'choice', value: 'limited' });
    expect(readValue(next, path)).toEqual({ kind: 'choice', value: 'limited' });
    expect(readValue(report, path)).toEqual({ kind: 'choice', value: 'substantial' });
    expect(next.cards.find((c) => c.id === 'c04')).toBe(report.cards.find((c) => c.id === 'c04'));
    expect(next.chapters).toBe(report.chapters);
  });

  it('reaches the report’s own names: its title and issuer, an institution’s name, an ambition’s title', async () => {
    const report = await sample();
    const name = { fr: { rev: 2, content: 'Agence' } };
    for (const path of [
      { kind: 'report' as const, part: 'title' as const },
      { kind: 'report' as const, part: 'issuer' as const },
      { kind: 'institution' as const, institutionId: 'ditp' },
      { kind: 'ambition' as const, ambitionId: 'participation' },
    ]) {
      const next = writeValue(report, path, name);
      expect(readValue(next, path)).toEqual(name);
      expect(readValue(report, path)).not.toEqual(name);
      expect(next.cards).toBe(report.cards);
    }
    const renamed = writeValue(report, { kind: 'institution', institutionId: 'ditp' }, name);
    expect(renamed.institutions.find((i) => i.id === 'ditp')).toEqual({ id: 'ditp', name, acronym: { fr: 'DITP', en: 'DITP' } });
    expect(renamed.institutions.find((i) => i.id === 'mtfp')).toBe(report.institutions.find((i) => i.id === 'mtfp'));
  });

  it('reaches one cell of one row, and a chapter’s body', async () => {
    const report = await sample();
    const cell = { kind: 'card' as const, cardId: 'c05', fieldId: 'milestones', rowId: 'c05-m1', columnId: 'status' };
    expect(readValue(writeValue(report, cell, { kind: 'choice', value: 'ongoing' }), cell)).toEqual({ kind: 'choice', value: 'ongoing' });
    const body = { kind: 'chapter' as const, chapterId: 'foreword', part: 'body' as const };
    expect(readValue(writeValue(report, body, {}), body)).toEqual({});
  });
});

describe('undo steps', () => {
  it('join a burst of keystrokes in one field, and start anew after a pause or in another field', async () => {
    const [a, b, c, d] = [await sample(), await sample(), await sample(), await sample()];
    let h = recordEdit(emptyHistory(), a, 'title-fr', 0);
    h = recordEdit(h, b, 'title-fr', 300);
    expect(h.past).toEqual([a]);
    h = recordEdit(h, c, 'title-fr', 300 + COALESCE_MS + 1);
    h = recordEdit(h, d, 'title-en', 300 + COALESCE_MS + 2);
    expect(h.past).toHaveLength(3);
    expect(recordEdit({ ...h, future: [a] }, a, null, 0).future).toEqual([]);
  });
});

describe('rows', () => {
  it('are added with an id of their own, moved within bounds and removed', () => {
    const [r1, r2, r3] = [newRow(), newRow(), newRow()];
    expect(r1.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(r1.id).not.toBe(r2.id);
    expect(movedRow([r1, r2, r3], r3.id, -1).map((r) => r.id)).toEqual([r1.id, r3.id, r2.id]);
    expect(movedRow([r1, r2, r3], r1.id, -1).map((r) => r.id)).toEqual([r1.id, r2.id, r3.id]);
    expect(withoutRow([r1, r2, r3], r2.id)).toEqual([r1, r3]);
  });
});

describe('the comparison shown on an English text to review', () => {
  it('marks the French words removed and added since the translation', () => {
    const parts = wordDiff('Désigner des administrateurs ministériels des données', 'Désigner des administrateurs des données ouvertes');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['ministériels']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['ouvertes']);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('').trim()).toBe('Désigner des administrateurs ministériels des données');
  });
});
