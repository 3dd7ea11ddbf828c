import type { Report } from '../../../shared/model/report.js';
import type { History } from './history.js';

/**
 * The window's report and undo history once packages were cut: each takes the report's new
 * register of issued packages. The register records files already written, so Undo and Redo
 * keep it; the report differs from the one saved, so it shows unsaved until saved.
 */
export function withRegisterOf(cut: Report, report: Report, history: History): { report: Report; history: History } {
  const adopt = (r: Report): Report => ({ ...r, version: Math.max(r.version, cut.version), issued: cut.issued });
  return { report: adopt(report), history: { ...history, past: history.past.map(adopt), future: history.future.map(adopt) } };
}
