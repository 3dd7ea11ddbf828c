import type { Template } from '../../../shared/model/template.js';
import { templateOf } from '../../../shared/model/template-adjust.js';
import type { StoreApi } from 'zustand';
import type { BilanState } from './state.js';

// The one place the window obtains the template of the open report: `doc.template` is kept equal
// to the installed template with the report's adjustments applied, so every component reading
// it (the card's fields and help, the choices, the validation panel, the summary) sees the
// fields the report requires, shows or hides, with no change of its own. Undo and redo move the
// adjustments with the report, and the template follows.

const bases = new WeakMap<Template, Template>();

/** The installed template an adjusted one was made from (itself when not adjusted). */
export function baseTemplate(template: Template): Template {
  return bases.get(template) ?? template;
}

/** Keeps `doc.template` in step with the report's adjustments. */
export function installAdjustedTemplate(store: StoreApi<BilanState>): void {
  const sync = () => {
    const { doc, report } = store.getState();
    if (!doc || !report) return;
    const base = baseTemplate(doc.template);
    const adjusted = templateOf(base, report);
    if (adjusted === doc.template) return;
    if (adjusted !== base) bases.set(adjusted, base);
    store.setState({ doc: { ...doc, template: adjusted } });
  };
  store.subscribe(sync);
  sync();
}
