import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { checkIntegrity } from '../../../shared/format/integrity.js';
import type { OpenedReport } from '../../../shared/format/read.js';
import type { AppliedImport, ImportConflictView, ImportReview, LeftoverDecision, LeftoverTargetRow, LeftoverView, PackagePlanView } from '../../../shared/ipc/dto.js';
import type { ByLang } from '../../../shared/ipc/result.js';
import { BilanError } from '../../../shared/i18n/errors.js';
import { t } from '../../../shared/i18n/i18n.js';
import { applyImport, describeIgnored, describeWarnings, planImport, withoutUnusedPictures, type ImportPlan } from '../../../shared/merge/import.js';
import { conflictKey, type Resolution } from '../../../shared/merge/resolve.js';
import type { Lang } from '../../../shared/model/localized.js';
import { Report, type Person } from '../../../shared/model/report.js';
import type { RichText } from '../../../shared/model/richtext.js';
import type { Template } from '../../../shared/model/template.js';
import { contentIn } from '../../../shared/report/localized.js';
import { plainText } from '../../../shared/report/text.js';
import { cardHeading, describeTarget } from '../../../shared/validate/describe.js';
import { editedValue, editKind, type EditPlace, type SentResolution } from './import-edits.js';
import { mediaUrls } from './documents.js';
import { refused, refusedIn } from './ipc-args.js';
import { nodeHashes } from './package-seal.js';
import { describeLeftover, isWordPackage, keepLeftoverToSort, leftoverContent, leftoverLang, WordPackages, type ReadLeftover } from './word-package.js';
import { placeColumns, placeLeftover, placeTargets, PlaceError, type Placement } from '../../../shared/merge/word-package/place.js';
import { markerLabel, parseScalar, shownValue } from '../../../shared/merge/word-package/fields.js';
import { findField } from '../../../shared/model/template-lookup.js';
import type { ReportFiles } from './report-files.js';
import type { TemplateStore } from './template-store.js';

/** One package of a session: the file as read, the conflicts the coordinator was shown, by key, and a Word package's leftovers. */
interface Entry {
  file: string;
  pkg: OpenedReport;
  edits: Map<string, EditPlace>;
  /** What a Word package left outside its fields, by key; and the language its text is taken to be in. */
  leftovers: Map<string, ReadLeftover>;
  lang: Lang;
}

/** How much of a leftover's text the review is sent (the whole stays here, to place). */
export const LEFTOVER_PREVIEW = 4000;
/** How many bytes of pictures a review is sent for a package's leftovers. */
const LEFTOVER_IMAGES = 40 * 1024 * 1024;

/** An import under review: the report it was planned against and its readable packages. */
interface Session {
  docId: string;
  opened: OpenedReport;
  entries: Entry[];
}

/** A report sent by the window, checked against the schema before anything is planned from it. */
export function reportArg(raw: unknown): Report {
  const parsed = Report.safeParse(raw);
  if (!parsed.success) throw refused('ipc.badArgument', { detail: `report: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
  return parsed.data;
}

const both = (word: (lang: Lang) => string): ByLang<string> => ({ fr: word('fr'), en: word('en') });

/** A value of a conflict as plain text, one line per block; null when that side has none. */
function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return plainText(value as RichText);
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (v['cells']) return Object.values(v['cells'] as object).map(shown).filter(Boolean).join(' · ');
  if (v['kind'] === 'institutions') return (v['ids'] as string[]).join(', ');
  if ('value' in v) return shown(v['value']);
  if ('fr' in v || 'en' in v) return shown((v['fr'] as { content?: unknown } | undefined)?.content ?? (v['en'] as { content?: unknown } | undefined)?.content);
  return JSON.stringify(value);
}

/** A leftover as the review shows it: its words, the start of its text, where it stood, its picture. */
function leftoverView(key: string, item: ReadLeftover, report: Report, template: Template, docLang: Lang, withImage: boolean): LeftoverView {
  const text = item.text.replace(/\n+$/, '');
  const card = item.marker?.card ?? null;
  // The field it concerns or stood after, when a leftover can be placed there; for a list, the cell (its row and column).
  const target = item.marker ? placeTargets(template).find((f) => f.id === item.marker!.field) : undefined;
  const column = target?.kind === 'rows' && item.marker?.row ? placeColumns(target).find((c) => c.id === item.marker!.column) : undefined;
  const field = target && (target.kind === 'rows' ? !!column : !item.marker?.row) ? target.id : null;
  const def = column ?? (field ? target : undefined);
  const choice = def?.kind === 'choice' && item.marker ? parseScalar(text, { ...item.marker, kind: 'choice', def, base: '' }, template) : undefined;
  return {
    key,
    kind: item.kind,
    what: both((l) => describeLeftover(item, report, template, l)),
    text: text.length > LEFTOVER_PREVIEW ? `${text.slice(0, LEFTOVER_PREVIEW)}…` : text,
    length: text.length,
    cardId: card,
    field,
    row: column ? item.marker!.row! : null,
    column: column?.id ?? null,
    lang: leftoverLang(item, docLang),
    option: choice?.kind === 'choice' ? choice.value : null,
    image: item.image && withImage ? `data:${item.image.mime};base64,${Buffer.from(item.image.bytes).toString('base64')}` : null,
  };
}

/** How many characters of a row's first cell name it in the review. */
const ROW_TEXT = 80;

/** The rows of a card's list fields a leftover can be placed in, by field: each named by the start of its first cell that says something. */
function rowsOf(report: Report, template: Template, cardId: string, targets: ReturnType<typeof placeTargets>): Record<string, LeftoverTargetRow[]> {
  const card = report.cards.find((c) => c.id === cardId);
  const out: Record<string, LeftoverTargetRow[]> = {};
  for (const def of targets) {
    if (def.kind !== 'rows') continue;
    const value = card?.fields[def.id];
    out[def.id] = (value?.kind === 'rows' ? value.rows : []).map((row) => {
      const text = (lang: Lang) => {
        for (const col of placeColumns(def)) {
          const shown = shownValue(card!, { card: cardId, field: def.id, row: row.id, column: col.id, lang, kind: col.kind, def: col, base: '' }, template, lang);
          const words = (typeof shown === 'string' ? shown : plainText(shown)).replace(/\s+/g, ' ').trim();
          if (words) return words.length > ROW_TEXT ? `${words.slice(0, ROW_TEXT - 1)}…` : words;
        }
        return '';
      };
      const fr = text('fr');
      return { id: row.id, text: { fr, en: text('en') || fr } };
    });
  }
  return out;
}

/** A side of a rich-text conflict as blocks, null when that side has none. */
const blocksOf = (value: unknown): RichText | null => (Array.isArray(value) ? (value as RichText) : null);

/**
 * Imports under review, by session id. Planning reads every package and merges it into the
 * report as the window sent it, one after the other (so two packages touching a shared card
 * meet as a conflict too), without changing anything; applying replays the same plans with the
 * coordinator's decisions and returns the new report, or refuses and changes nothing.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly files: ReportFiles,
    private readonly templates: TemplateStore,
  ) {}

  async plan(docId: string, opened: OpenedReport, paths: string[], now = new Date()): Promise<ImportReview> {
    const template = this.templates.get(opened.report.template.id, opened.report.template.version);
    const session: Session = { docId, opened, entries: [] };
    const packages: ImportReview['packages'] = [];
    let current = opened;
    for (const file of paths) {
      let pkg: OpenedReport;
      let plan: ImportPlan;
      let leftovers: ReadLeftover[] = [];
      let docLang: Lang = 'fr';
      try {
        if (isWordPackage(file)) {
          // A Word package is read back into its package; what lies outside its fields is listed.
          const read = await new WordPackages(this.templates).read(file, current);
          pkg = read.pkg;
          leftovers = read.leftovers;
          docLang = read.lang;
        } else pkg = await this.files.open(file);
        plan = await planImport(current.report, current.media, template, pkg.report, pkg.media, file, nodeHashes);
      } catch (error) {
        if (!(error instanceof BilanError)) throw error;
        packages.push({ ok: false, file, fileName: basename(file), error: { key: error.key, message: both((l) => error.describe(l)) } });
        continue;
      }
      const index = session.entries.length;
      const view = this.view(current.report, template, plan, pkg, file, index);
      // Later packages are planned over this one, its conflicts kept as the report has them.
      const merged = applyImport(current.report, current.media, plan, new Map(), null, now);
      const kept = new Map<string, ReadLeftover>();
      if (leftovers.length && !plan.alreadyImported) {
        leftovers.forEach((item, i) => kept.set(`${index}:leftover:${i}`, item));
        // Pictures are sent once each, and no more than the review can hold: beyond, a picture is shown by its text (it is still placed whole).
        let budget = LEFTOVER_IMAGES;
        const sent = new Set<Uint8Array>();
        view.leftovers = [...kept].map(([key, item]) => {
          const fits = !!item.image && !sent.has(item.image.bytes) && item.image.bytes.length <= budget;
          if (fits) {
            budget -= item.image!.bytes.length;
            sent.add(item.image!.bytes);
          }
          return leftoverView(key, item, current.report, template, docLang, fits);
        });
        const targets = placeTargets(template);
        const optionsOf = (scale: string | undefined) => (template.scales[scale ?? '']?.options ?? []).map((o) => ({ id: o.id, label: both((l) => o.label[l]) }));
        view.placeTargets = {
          // A list's rows as the report will hold them once this package is merged: the rows a cell can be placed in.
          cards: pkg.report.cards.map((c) => ({ id: c.id, card: both((l) => cardHeading(current.report, template, c.id, l)), rows: rowsOf(merged.report, template, c.id, targets) })),
          fields: targets.map((f) => ({
            id: f.id,
            label: both((l) => f.label[l]),
            kind: f.kind,
            options: f.kind === 'choice' ? optionsOf(f.scale) : [],
            columns: f.kind === 'rows' ? placeColumns(f).map((col) => ({ id: col.id, label: both((l) => col.label[l]), kind: col.kind, format: col.format ?? null, options: col.kind === 'choice' ? optionsOf(col.scale) : [] })) : [],
          })),
        };
      }
      session.entries.push({ file, pkg, edits: new Map(view.conflicts.map((c) => [c.key, { edit: c.edit, card: c.card, field: c.field }])), leftovers: kept, lang: docLang });
      packages.push(view);
      current = merged;
    }
    const sessionId = randomUUID();
    this.sessions.set(sessionId, session);
    // Every picture the packages bring (planning keeps them all), shown whichever version is kept.
    const brought = new Map([...current.media].filter(([file]) => !opened.media.has(file)));
    return { sessionId, packages, media: mediaUrls(current.report.media, brought) };
  }

  /**
   * Applies a session with the coordinator’s decisions, recorded as imported `by` them (null:
   * unknown); the session ends once applied (a refusal keeps it, to try again).
   */
  async apply(sessionId: string, resolutions: SentResolution[], by: Person | null = null, now = new Date(), leftovers: readonly LeftoverDecision[] = []): Promise<{ docId: string; applied: AppliedImport; added: Map<string, Uint8Array> }> {
    const session = this.sessions.get(sessionId);
    if (!session) throw refused('import.noSession');
    const template = this.templates.get(session.opened.report.template.id, session.opened.report.template.version);
    const decided = new Map(resolutions.map((r) => [r.key, r]));
    for (const key of decided.keys()) if (!session.entries.some((e) => e.edits.has(key))) throw refused('ipc.badArgument', { detail: `applyImports: unknown conflict ${key.split('\u0000')[0]}` });
    // Every leftover is placed, kept or discarded before anything is applied: none is dropped unseen.
    const placed = new Map(leftovers.map((d) => [d.key, d]));
    for (const key of placed.keys()) if (!session.entries.some((e) => e.leftovers.has(key))) throw refused('ipc.badArgument', { detail: `applyImports: unknown leftover ${key.slice(0, 100)}` });
    const undecided = session.entries.reduce((n, e) => n + [...e.leftovers.keys()].filter((k) => !placed.has(k)).length, 0);
    if (undecided > 0) throw refused('import.leftoversUndecided', { n: String(undecided) });
    let current = session.opened;
    for (const [index, entry] of session.entries.entries()) {
      const plan = await planImport(current.report, current.media, template, entry.pkg.report, entry.pkg.media, entry.file, nodeHashes);
      const chosen = new Map<string, Resolution>();
      const mediaIds = new Set([...current.report.media, ...plan.media.map((m) => m.media)].map((m) => m.id));
      for (const conflict of plan.conflicts) {
        const key = `${index}:${conflictKey(conflict)}`;
        const place = entry.edits.get(key);
        // A conflict the coordinator was not shown (an earlier decision moved things): review again.
        if (!place) throw refused('import.changed');
        const r = decided.get(key);
        if (!r) continue;
        if (r.choice === 'edit' && place.edit === null) throw refused('ipc.badArgument', { detail: 'applyImports: this conflict cannot be edited' });
        chosen.set(conflictKey(conflict), r.choice === 'edit' ? { choice: 'edit', value: editedValue(place, r, mediaIds) } : { choice: r.choice });
      }
      current = applyImport(current.report, current.media, plan, chosen, by, now);
    }
    current = withoutUnusedPictures(current, session.opened.media);
    // The leftovers' places, once every package is merged (so that no placement changes what a
    // later package merges with), each recorded as a change of its package's import.
    for (const entry of session.entries) current = this.placeAll(current, template, entry, placed, now);
    const checked = Report.safeParse(current.report);
    if (!checked.success) throw refused('import.invalidResult', { detail: checked.error.issues[0]?.message ?? '' });
    // The result is checked as a file is on opening: references and the template's rules too.
    const problem = checkIntegrity(checked.data, current.media, template);
    if (problem) throw refusedIn('import.invalidResult', (lang) => ({ detail: t(lang, problem.key, problem.params) }));
    this.sessions.delete(sessionId);
    const added = new Map([...current.media].filter(([file]) => !session.opened.media.has(file)));
    return { docId: session.docId, applied: { report: checked.data, media: mediaUrls(checked.data.media, added) }, added };
  }

  /** Places, keeps or discards an entry's leftovers as decided; throws a refusal naming the first that cannot be. */
  private placeAll(opened: OpenedReport, template: Template, entry: Entry, decisions: ReadonlyMap<string, LeftoverDecision>, now: Date): OpenedReport {
    if (entry.leftovers.size === 0) return opened;
    let report = opened.report;
    const media = opened.media;
    const cards = new Set(entry.pkg.report.cards.map((c) => c.id));
    const changes: { card: string; field: string }[] = [];
    const stamp = now.getTime().toString(36);
    let n = 0;
    const newId = () => `${stamp}-${randomUUID().slice(0, 8)}-${++n}`;
    let current: OpenedReport = { report, media };
    for (const [key, item] of entry.leftovers) {
      const decision = decisions.get(key)!;
      if (decision.action === 'discard') continue;
      if (decision.action === 'keep') {
        current = keepLeftoverToSort(current, template, cards, item, entry.lang, newId);
        continue;
      }
      const placement: Placement = {
        card: decision.card ?? '',
        field: decision.field ?? '',
        lang: decision.lang ?? leftoverLang(item, entry.lang),
        option: decision.option,
        row: decision.row,
        newRow: decision.newRow,
        column: decision.column,
        value: decision.value,
      };
      // A picture joins the report's images only where a rich text shows it.
      const rich = placeTargets(template).find((f) => f.id === placement.field)?.kind === 'richText';
      const content = rich ? leftoverContent(current, item, newId) : { opened: current, blocks: item.blocks };
      try {
        current = { report: placeLeftover(content.opened.report, template, cards, placement, { blocks: content.blocks, text: item.text }, newId), media: content.opened.media };
      } catch (error) {
        if (!(error instanceof PlaceError)) throw error;
        throw this.placeRefusal(error, current.report, template, entry, placement);
      }
      if (!changes.some((c) => c.card === placement.card && c.field === placement.field)) changes.push({ card: placement.card, field: placement.field });
    }
    report = current.report;
    // The fields placed into are this package's changes, in its import's record.
    const packageId = entry.pkg.report.package?.id;
    const history = [...(report.history ?? [])];
    const at = history.map((h) => h.package).lastIndexOf(packageId ?? '');
    if (at >= 0 && changes.length) {
      const record = history[at]!;
      history[at] = { ...record, changes: [...record.changes, ...changes.filter((c) => !record.changes.some((r) => r.card === c.card && r.field === c.field))] };
      report = { ...report, history };
    }
    return { report, media: current.media };
  }

  /** A placement refused in words: the card is not the package's, the field or row takes nothing, the option or value is not one it can hold, or it is too long. */
  private placeRefusal(error: PlaceError, report: Report, template: Template, entry: Entry, placement: Placement) {
    const { card, field } = placement;
    const institution = report.institutions.find((i) => i.id === entry.pkg.report.package?.institution);
    const cardName = (l: Lang) => (report.cards.some((c) => c.id === card) ? cardHeading(report, template, card, l) : card.slice(0, 100));
    // A list's cell is named by its field and column: "Jalons – État".
    const def = findField(template, field);
    const column = def?.kind === 'rows' ? def.columns.find((c) => c.id === placement.column) : undefined;
    const fieldName = (l: Lang) => (def ? markerLabel({ field, column: column?.id, lang: undefined }, template, l) : field.slice(0, 100));
    const value = error.message.slice(0, 100);
    switch (error.reason) {
      case 'card':
        return refusedIn('import.leftover.outOfScope', (l) => ({ card: cardName(l), institution: contentIn(institution?.name, l) || contentIn(institution?.name, 'fr') || (entry.pkg.report.package?.institution ?? '') }));
      case 'field':
        return refusedIn('import.leftover.badField', (l) => ({ field: fieldName(l), card: cardName(l) }));
      case 'option':
        return refusedIn('import.leftover.badOption', (l) => ({ field: fieldName(l), card: cardName(l) }));
      case 'column':
        return refusedIn('import.leftover.badColumn', (l) => ({ field: fieldName(l), card: cardName(l) }));
      case 'row':
        return refusedIn('import.leftover.badRow', (l) => ({ field: fieldName(l), card: cardName(l) }));
      case 'date':
        return refusedIn('import.leftover.badDate', (l) => ({ field: fieldName(l), card: cardName(l), value }));
      case 'number':
        return refusedIn('import.leftover.badNumber', (l) => ({ field: fieldName(l), card: cardName(l), value }));
      case 'email':
        return refusedIn('import.leftover.badEmail', (l) => ({ field: fieldName(l), card: cardName(l), value }));
      case 'url':
        return refusedIn('import.leftover.badUrl', (l) => ({ field: fieldName(l), card: cardName(l), value }));
      case 'tooLong':
        return refusedIn('import.leftover.tooLong', (l) => ({ field: fieldName(l), card: cardName(l), max: Number(error.message).toLocaleString(l === 'fr' ? 'fr-FR' : 'en-GB') }));
    }
  }

  close(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  private view(report: Report, template: Template, plan: ImportPlan, pkg: OpenedReport, file: string, index: number): PackagePlanView {
    const heading = (cardId: string) => both((l) => cardHeading(report, template, cardId, l));
    const fieldLabel = (cardId: string, field: string) => both((l) => (field === 'ambition' ? template.group.name[l] : describeTarget({ kind: 'card', id: cardId, number: '', field }, report, template, l)));
    const conflicts = plan.conflicts.map((c): ImportConflictView => {
      const card = report.cards.find((x) => x.id === c.cardId);
      const rows = card?.fields[c.field];
      const row = c.row !== undefined && rows?.kind === 'rows' ? rows.rows.findIndex((r) => r.id === c.row) : undefined;
      const target = { kind: 'card' as const, id: c.cardId, number: '', field: c.field, ...(row !== undefined && row >= 0 ? { row, column: c.column } : {}) };
      const edit = editKind(c);
      return {
        key: `${index}:${conflictKey(c)}`,
        cardId: c.cardId,
        card: heading(c.cardId),
        field: c.field === 'ambition' ? fieldLabel(c.cardId, c.field) : both((l) => describeTarget(target, report, template, l)),
        lang: c.lang ?? null,
        base: shown(c.base),
        ours: shown(c.ours),
        theirs: shown(c.theirs),
        rich: edit === 'richText' ? { base: blocksOf(c.base), ours: blocksOf(c.ours), theirs: blocksOf(c.theirs) } : null,
        edit,
      };
    });
    const institution = report.institutions.find((i) => i.id === plan.institution);
    return {
      ok: true,
      file,
      fileName: basename(file),
      institution: plan.institution,
      institutionName: both((l) => contentIn(institution?.name, l) || contentIn(institution?.name, 'fr') || plan.institution),
      sentBy: plan.sentBy,
      sentAt: pkg.report.package?.sent?.at ?? null,
      alreadyImported: plan.alreadyImported,
      changes: plan.merges.filter((m) => m.changed.length > 0).map((m) => ({ cardId: m.card.id, card: heading(m.card.id), fields: m.changed.map((f) => fieldLabel(m.card.id, f)) })),
      conflicts,
      ignored: plan.ignored.map((item) => both((l) => describeIgnored(item, l))),
      warnings: describeWarnings(plan, 'fr', report).map((fr, i) => ({ fr, en: describeWarnings(plan, 'en', report)[i]! })),
    };
  }
}
