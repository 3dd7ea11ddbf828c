import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BilanError } from '../../shared/i18n/errors.js';
import { LIMITS } from '../../shared/model/limits.js';
import type { Comment, Report } from '../../shared/model/report.js';
import { files, refusalOf } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// A hand-edited or hostile file can carry review threads that point nowhere, or millions of
// them: each is refused on opening, saying where, and the number of comments is bounded.

const author = { name: 'Camille Durand', institution: null };
const at = '2021-03-20T10:00:00.000Z';
const comment = (id: string, card: string, more: Partial<Comment> = {}): Comment => ({ id, anchor: { card }, author, at, text: 'Pouvez-vous ajouter les chiffres de 2020 ?', replies: [], resolved: null, ...more });

/** The sample saved as a folder after `change`; the refusal opening it gives. */
async function refusal(change: (report: Report) => void): Promise<BilanError> {
  const { report, media } = await files.open(SAMPLE);
  change(report);
  const folder = join(tempDir('bilan-conversation-'), 'rapport.bilan');
  mkdirSync(join(folder, 'media'), { recursive: true });
  for (const [name, bytes] of media) writeFileSync(join(folder, 'media', name), bytes);
  writeFileSync(join(folder, 'report.json'), JSON.stringify({ ...report, version: Math.max(report.version, 3) }));
  const error = await refusalOf(files.open(folder));
  return error;
}

describe('a report’s review conversation must point at what the report holds', () => {
  it('refuses a comment on a card the report does not hold, or on a field its template lacks', async () => {
    const onCard = await refusal((r) => (r.comments = [comment('c1', 'no-such-card')]));
    expect(onCard.describe('en')).toContain('the card “no-such-card” does not exist in the report');
    expect(onCard.describe('fr')).toContain('la fiche «\u00a0no-such-card\u00a0» n’existe pas');
    const onField = await refusal((r) => (r.comments = [comment('c1', r.cards[0]!.id, { anchor: { card: r.cards[0]!.id, field: 'budget' } })]));
    expect(onField.describe('en')).toContain('the field “budget” does not exist');
  });

  it('refuses an author of an unknown institution, and one id used twice', async () => {
    const stranger = await refusal((r) => (r.comments = [comment('c1', r.cards[0]!.id, { author: { name: 'X', institution: 'nowhere' } })]));
    expect(stranger.describe('en')).toContain('the institution “nowhere”');
    const twice = await refusal((r) => (r.comments = [comment('c1', r.cards[0]!.id, { replies: [{ id: 'c1', author, at, text: 'Oui.' }] })]));
    expect(twice.describe('en')).toContain('the identifier “c1” is used twice');
  });

  it('refuses a review state for an unknown card, or naming a comment the report lacks', async () => {
    const card = await refusal((r) => (r.review = { ghost: { state: 'approved', by: author, at } }));
    expect(card.describe('en')).toContain('the card “ghost” does not exist');
    const reason = await refusal((r) => (r.review = { [r.cards[0]!.id]: { state: 'needsChanges', by: author, at, comment: 'missing' } }));
    expect(reason.describe('en')).toContain('the comment “missing” does not exist');
  });

  it('refuses one comment more than the limit', async () => {
    const error = await refusal((r) => (r.comments = Array.from({ length: LIMITS.comments + 1 }, (_, i) => comment(`c${i}`, r.cards[0]!.id))));
    expect(error.key).toBe('open.invalid');
  });
});
