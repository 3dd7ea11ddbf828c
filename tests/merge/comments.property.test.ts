import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeComments, normalizeComments } from '../../shared/merge/comments.js';
import { Comment as CommentSchema, type Comment } from '../../shared/model/report.js';
import { isOpen } from '../../shared/review/comments.js';

/**
 * Two copies of one report's comments, as a coordinator and an institution each hold them after
 * working apart: drawn from one shared history, so that both sides know some of the same
 * comments and replies, each side adding its own, resolving or reopening some.
 */
const author = fc.record({ name: fc.constantFrom('Claire Dubois', 'Karim Benali', 'Anne Lefèvre'), institution: fc.constantFrom(null, 'ditp', 'dinum') });
const date = fc.integer({ min: 0, max: 50 }).map((d) => new Date(Date.UTC(2021, 2, 1 + d, 9)).toISOString());
const event = fc.record({ by: author, at: date });
const reply = fc.record({ id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6'), author, at: date, text: fc.constantFrom('Les chiffres de 2020 sont ajoutés.', 'Merci.', 'Done.') });
const comment: fc.Arbitrary<Comment> = fc.record({
  id: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'),
  anchor: fc.constantFrom({ card: 'c01' }, { card: 'c01', field: 'results', lang: 'fr' as const }, { card: 'c02', field: 'results', lang: 'fr' as const, range: { quote: '2020', start: 12 } }),
  author,
  at: date,
  text: fc.constantFrom('Pouvez-vous ajouter les chiffres de 2020\u202f?', 'L’anglais manque.', 'À reformuler.'),
  replies: fc.uniqueArray(reply, { selector: (r) => r.id, maxLength: 4 }),
  resolved: fc.option(event, { nil: null }),
  reopened: fc.option(event, { nil: undefined }),
}).map((c) => {
  const { reopened, ...rest } = c;
  return reopened ? { ...rest, reopened } : rest;
});

/** One side: distinct comments (by id), since a report holds each comment once. */
const side = fc.uniqueArray(comment, { selector: (c) => c.id, maxLength: 8 });

/**
 * Two sides sharing a history: the shared comments with, on each side, its own extra replies
 * and its own resolution or reopening; plus comments only one side has.
 */
const sides = fc.tuple(side, side, side, fc.array(fc.tuple(fc.array(reply, { maxLength: 2 }), fc.option(event, { nil: null })), { minLength: 8, maxLength: 8 })).map(([shared, onlyA, onlyB, extras]) => {
  const evolve = (c: Comment, i: number): Comment => {
    const [more, resolved] = extras[i]!;
    const replies = [...c.replies, ...more.filter((r) => !c.replies.some((x) => x.id === r.id))].filter((r, j, all) => all.findIndex((x) => x.id === r.id) === j);
    return { ...c, replies, resolved: resolved ?? c.resolved };
  };
  const ids = new Set(shared.map((c) => c.id));
  const a = [...shared, ...onlyA.filter((c) => !ids.has(c.id))];
  const b = [...shared.map((c, i) => evolve(c, i)), ...onlyB.filter((c) => !ids.has(c.id) && !onlyA.some((x) => x.id === c.id))];
  return [a, b] as const;
});

const replyIds = (cs: readonly Comment[]) => new Set(cs.flatMap((c) => c.replies.map((r) => `${c.id}/${r.id}`)));

describe('merging comments (property tests)', () => {
  it('every comment of the merge is a valid comment of the file format', () => {
    fc.assert(fc.property(sides, ([a, b]) => {
      for (const c of mergeComments(a, b)) expect(CommentSchema.safeParse(c).success).toBe(true);
    }));
  });

  it('loses no comment and no reply of either side, and holds each once', () => {
    fc.assert(fc.property(sides, ([a, b]) => {
      const merged = mergeComments(a, b);
      const ids = merged.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(new Set([...a, ...b].map((c) => c.id)));
      for (const c of merged) expect(new Set(c.replies.map((r) => r.id)).size).toBe(c.replies.length);
      expect(replyIds(merged)).toEqual(new Set([...replyIds(a), ...replyIds(b)]));
    }));
  });

  it('keeps a resolution made on either side, the latest when both resolved', () => {
    fc.assert(fc.property(sides, ([a, b]) => {
      const merged = new Map(mergeComments(a, b).map((c) => [c.id, c]));
      for (const c of [...a, ...b]) {
        if (!c.resolved) continue;
        const kept = merged.get(c.id)!.resolved;
        expect(kept).not.toBeNull();
        expect(kept!.at >= c.resolved.at).toBe(true);
      }
    }));
  });

  it('is idempotent: merge(a, a) is a, and merging the same package again adds nothing', () => {
    fc.assert(fc.property(sides, ([a, b]) => {
      expect(mergeComments(a, a)).toEqual(normalizeComments(a));
      const once = mergeComments(a, b);
      expect(mergeComments(once, b)).toEqual(once);
      expect(mergeComments(once, once)).toEqual(once);
    }));
  });

  it('does not depend on which side comes first, nor on the order within a side', () => {
    fc.assert(fc.property(sides, ([a, b]) => {
      expect(mergeComments(a, b)).toEqual(mergeComments(b, a));
      expect(mergeComments([...a].reverse(), [...b].reverse())).toEqual(mergeComments(a, b));
    }));
  });

  it('is associative, so three copies merge to the same whatever the grouping', () => {
    fc.assert(fc.property(side, side, side, (a, b, c) => {
      expect(mergeComments(mergeComments(a, b), c)).toEqual(mergeComments(a, mergeComments(b, c)));
    }));
  });

  it('a comment reopened after its latest resolution stays open once merged with a copy still resolved', () => {
    const base: Comment = { id: 'k1', anchor: { card: 'c01' }, author: { name: 'Claire Dubois', institution: null }, at: '2021-03-01T09:00:00.000Z', text: 'L’anglais manque.', replies: [], resolved: { by: { name: 'Karim Benali', institution: 'ditp' }, at: '2021-03-02T09:00:00.000Z' } };
    const reopened: Comment = { ...base, reopened: { by: { name: 'Claire Dubois', institution: null }, at: '2021-03-03T09:00:00.000Z' } };
    const [merged] = mergeComments([reopened], [base]);
    expect(isOpen(merged!)).toBe(true);
    expect(merged!.resolved).toEqual(base.resolved);
  });
});
