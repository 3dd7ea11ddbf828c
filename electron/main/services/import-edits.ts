import { forEachImage, listDepth } from '../../../shared/format/integrity.js';
import { describeIssue, jsonDepth, telling } from '../../../shared/format/read.js';
import { t } from '../../../shared/i18n/i18n.js';
import type { ImportConflictView, ImportResolution } from '../../../shared/ipc/dto.js';
import type { ByLang } from '../../../shared/ipc/result.js';
import type { Conflict } from '../../../shared/merge/merge-card.js';
import { LIMITS } from '../../../shared/model/limits.js';
import type { Lang } from '../../../shared/model/localized.js';
import { RichText } from '../../../shared/model/richtext.js';
import { mainT } from '../i18n/messages.js';
import { refusedIn, type RefusedError } from './ipc-args.js';

/** A decision as the window sent it: its shape is checked, an edited rich text not yet. */
export type SentResolution = Omit<ImportResolution, 'blocks'> & { blocks?: unknown[] | undefined };

/** A conflict as the coordinator was shown it: how its result is edited, and where it stands. */
export interface EditPlace {
  edit: ImportConflictView['edit'];
  card: ByLang<string>;
  field: ByLang<string>;
}

/** How an edited result can be written: a localized plain text as text, rich text as blocks. */
export function editKind(c: Conflict): ImportConflictView['edit'] {
  if (!c.lang) return null;
  const sample = [c.theirs, c.ours, c.base].find((v) => v !== undefined);
  return typeof sample === 'string' ? 'text' : Array.isArray(sample) || sample === undefined ? 'richText' : null;
}

/** A refusal of one edited result, naming the field and the card, with what is wrong. */
function badEdit(place: EditPlace, detail: (lang: Lang) => string): RefusedError {
  return refusedIn('import.badEdit', (lang) => ({ field: place.field[lang], card: place.card[lang], detail: detail(lang) }));
}

/** The problem of one block, by its place in the text (counted from 1). */
const inBlock = (index: number, what: (lang: Lang) => string) => (lang: Lang) => mainT(lang, 'import.edit.block', { n: index + 1, what: what(lang) });

/**
 * An edited rich text checked as a report's rich text is checked when a file is opened: the
 * schema (safe links, square tables…), the depth of nested lists, and images the report holds.
 */
function checkedBlocks(place: EditPlace, raw: unknown[], mediaIds: ReadonlySet<string>): RichText {
  // Measured before the schema, which would recurse as deep as a hostile value goes.
  if (jsonDepth(raw, LIMITS.jsonDepth) > LIMITS.jsonDepth) throw badEdit(place, (lang) => mainT(lang, 'import.edit.tooDeep'));
  const parsed = RichText.safeParse(raw);
  if (!parsed.success) {
    const issue = telling(parsed.error.issues[0]!);
    const index = typeof issue.path[0] === 'number' ? issue.path[0] : 0;
    throw badEdit(place, inBlock(index, (lang) => describeIssue(lang, issue, raw)));
  }
  const blocks = parsed.data;
  const deep = blocks.findIndex((b) => b.type === 'list' && listDepth(b) > LIMITS.listDepth);
  if (deep >= 0) throw badEdit(place, inBlock(deep, (lang) => t(lang, 'integrity.listTooDeep', { max: LIMITS.listDepth })));
  forEachImage(blocks, (media, index) => {
    if (!mediaIds.has(media)) throw badEdit(place, inBlock(index, (lang) => t(lang, 'integrity.imageUnknown', { id: media })));
  });
  return blocks;
}

/**
 * The coordinator's edited result as the value the conflict's place will hold: a plain text
 * trimmed, a rich text exactly as sent once checked. `mediaIds` are the images the report will
 * hold (its own and the package's). Refuses, in words, what cannot be written there.
 */
export function editedValue(place: EditPlace, sent: SentResolution, mediaIds: ReadonlySet<string>): unknown {
  if (place.edit === 'text') {
    if (sent.blocks !== undefined) throw badEdit(place, (lang) => mainT(lang, 'import.edit.plainExpected'));
    return (sent.text ?? '').trim();
  }
  if (sent.blocks === undefined) throw badEdit(place, (lang) => mainT(lang, 'import.edit.noBlocks'));
  return checkedBlocks(place, sent.blocks, mediaIds);
}
