import type { StateCreator } from 'zustand';
import type { Lang } from '../../../../shared/model/localized.js';
import type { Report } from '../../../../shared/model/report.js';
import * as structure from '../../../../shared/report/structure.js';
import type { StructureRefusal, StructureResult } from '../../../../shared/report/structure.js';
import type { BilanState } from '../state.js';

/** What a structure action answers: the id of what it added, or why it changed nothing. */
export type StructureReply = { ok: true; id?: string } | { ok: false; refusal: StructureRefusal };

/**
 * The report's own details and structure, edited from the details view: cover details,
 * institutions, ambitions, and which cards they hold. Each change goes through `apply`, so it
 * is one undo step and reaches the autosave like any edit.
 */
export interface StructureSlice {
  setPeriod(period: string): void;
  /** Sets the date of publication (YYYY-MM-DD), or clears it with null. */
  setPublished(date: string | null): void;
  setAcronym(institutionId: string, lang: Lang, text: string): void;
  addInstitution(): StructureReply;
  removeInstitution(id: string): StructureReply;
  addAmbition(): StructureReply;
  moveAmbition(id: string, delta: number): StructureReply;
  removeAmbition(id: string): StructureReply;
  /** Adds an empty card to an ambition, numbered next. */
  addCard(ambitionId: string): StructureReply;
  removeCard(id: string): StructureReply;
  moveCard(id: string, ambitionId: string): StructureReply;
}

export const createStructureSlice: StateCreator<BilanState, [], [], StructureSlice> = (_set, get) => {
  /** Applies a change of the report, `key` naming a typed value whose keystrokes make one step. */
  const change = (make: (report: Report) => StructureResult, key: string | null = null): StructureReply => {
    const report = get().report;
    if (!report) return { ok: false, refusal: { key: 'unknown', id: '' } };
    const result = make(report);
    if (!result.ok) return result;
    get().apply(result.report, key);
    return result.id === undefined ? { ok: true } : { ok: true, id: result.id };
  };
  const template = () => get().doc!.template;
  return {
    setPeriod(period) {
      change((r) => (r.period === period ? { ok: true, report: r } : { ok: true, report: { ...r, period } }), 'report-period');
    },
    setPublished(published) {
      change((r) => (r.published === published ? { ok: true, report: r } : { ok: true, report: { ...r, published } }));
    },
    setAcronym(id, lang, text) {
      change((r) => structure.setAcronym(r, id, lang, text), `institution-${id}-acronym-${lang}`);
    },
    addInstitution: () => change(structure.addInstitution),
    removeInstitution: (id) => change((r) => structure.removeInstitution(r, id)),
    addAmbition: () => change(structure.addAmbition),
    moveAmbition: (id, delta) => change((r) => structure.moveAmbition(r, id, delta)),
    removeAmbition: (id) => change((r) => structure.removeAmbition(r, id)),
    addCard: (ambitionId) => change((r) => structure.addCard(r, template(), ambitionId)),
    removeCard: (id) => change((r) => structure.removeCard(r, id)),
    moveCard: (id, ambitionId) => change((r) => structure.moveCard(r, id, ambitionId)),
  };
};
