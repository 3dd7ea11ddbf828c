import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeLeftover, PlaceError, placeTargets, type Placement } from '../../shared/merge/word-package/place.js';
import type { FieldValue, Report } from '../../shared/model/report.js';
import { Report as ReportSchema } from '../../shared/model/report.js';
import type { Template } from '../../shared/model/template.js';
import { files, templates } from '../support/fixtures.js';
import { ROOT } from '../support/paths.js';

/**
 * A leftover placed in a cell of a list field, at the level of the report: a date column takes
 * only a quarter, a number column only a number (the value the coordinator gives, the
 * leftover's text by default), a choice one of its options, and a text is appended in the
 * language chosen; whatever cannot be is refused with the value that could not, and the report
 * passed in is never changed.
 */

let report: Report;
let template: Template;
const card = 'a1-1';
const cards = new Set([card]);
let n = 0;
const newId = () => `placed-${++n}`;

beforeAll(async () => {
  const opened = await files.open(join(ROOT, 'seeds', 'action-plan-2021-2023.bilan'));
  report = opened.report;
  template = templates.get(report.template.id, report.template.version);
});

const rowsOf = (r: Report, field: string) => (r.cards.find((c) => c.id === card)!.fields[field] as Extract<FieldValue, { kind: 'rows' }>).rows;
const place = (placement: Omit<Placement, 'card'>, text: string) => placeLeftover(report, template, cards, { card, ...placement }, { blocks: [], text }, newId);
const refusal = (placement: Omit<Placement, 'card'>, text: string) => {
  try {
    place(placement, text);
  } catch (error) {
    expect(error).toBeInstanceOf(PlaceError);
    return [(error as PlaceError).reason, (error as PlaceError).message];
  }
  throw new Error('placed');
};

describe('a leftover placed in a cell of a list field', () => {
  it('offers the lists among the fields, with the columns a cell can take', () => {
    const lists = placeTargets(template).filter((f) => f.kind === 'rows');
    expect(lists.map((f) => f.id)).toEqual(['keyFigures', 'deadlines']);
  });

  it('takes a date as a quarter, in the row chosen, and nothing else', () => {
    const before = JSON.stringify(report);
    const row = rowsOf(report, 'deadlines')[1]!;
    const after = place({ field: 'deadlines', lang: 'fr', row: row.id, column: 'due' }, 'Q4 2022');
    expect(rowsOf(after, 'deadlines')[1]!.cells['due']).toEqual({ kind: 'quarter', value: { year: 2022, quarter: 4 } });
    // The value the coordinator wrote wins over the leftover's text.
    const given = place({ field: 'deadlines', lang: 'fr', row: row.id, column: 'due', value: 'T1 2023' }, 'Livré avec du retard');
    expect(rowsOf(given, 'deadlines')[1]!.cells['due']).toEqual({ kind: 'quarter', value: { year: 2023, quarter: 1 } });
    expect(refusal({ field: 'deadlines', lang: 'fr', row: row.id, column: 'due' }, 'Livré avec du retard')).toEqual(['date', 'Livré avec du retard']);
    expect(refusal({ field: 'deadlines', lang: 'fr', row: row.id, column: 'due', value: 'T5 2022' }, '')).toEqual(['date', 'T5 2022']);
    expect(refusal({ field: 'deadlines', lang: 'fr', newRow: true, column: 'due' }, '   ')).toEqual(['date', '']);
    // A long text is named by its start only.
    expect(refusal({ field: 'deadlines', lang: 'fr', row: row.id, column: 'due' }, 'x'.repeat(5000))[1]).toHaveLength(100);
    expect(JSON.stringify(report)).toBe(before);
    expect(ReportSchema.safeParse(after).success).toBe(true);
  });

  it('takes a number in French or English writing, in a new row at the end', () => {
    const count = rowsOf(report, 'keyFigures').length;
    const after = place({ field: 'keyFigures', lang: 'fr', newRow: true, column: 'value' }, '1 250,5');
    const rows = rowsOf(after, 'keyFigures');
    expect(rows).toHaveLength(count + 1);
    expect(rows.at(-1)!.cells).toEqual({ value: { kind: 'number', value: 1250.5 } });
    expect(rows.at(-1)!.id).toMatch(/^placed-\d+$/);
    expect(refusal({ field: 'keyFigures', lang: 'fr', newRow: true, column: 'value' }, 'une quinzaine')).toEqual(['number', 'une quinzaine']);
  });

  it('appends a text to a cell in the language chosen, and takes a choice only as one of its options', () => {
    const row = rowsOf(report, 'deadlines')[0]!;
    const item = row.cells['item'] as Extract<FieldValue, { kind: 'text' }>;
    const after = place({ field: 'deadlines', lang: 'en', row: row.id, column: 'item' }, 'for all\nministries');
    const placed = rowsOf(after, 'deadlines')[0]!.cells['item'] as Extract<FieldValue, { kind: 'text' }>;
    expect(placed.en!.content).toBe(`${item.en!.content} for all ministries`);
    expect(placed.fr).toEqual(item.fr);
    const chosen = place({ field: 'deadlines', lang: 'fr', row: row.id, column: 'type', option: 'ongoing' }, 'En cours');
    expect(rowsOf(chosen, 'deadlines')[0]!.cells['type']).toEqual({ kind: 'choice', value: 'ongoing' });
    expect(refusal({ field: 'deadlines', lang: 'fr', row: row.id, column: 'type', option: 'bientôt' }, '')[0]).toBe('option');
  });

  it('refuses a row the list does not hold, and a column it does not have', () => {
    expect(refusal({ field: 'deadlines', lang: 'fr', row: 'a2-1-d1', column: 'due' }, 'T1 2022')).toEqual(['row', 'a2-1-d1']);
    expect(refusal({ field: 'deadlines', lang: 'fr', newRow: true, column: 'nope' }, 'T1 2022')).toEqual(['column', 'nope']);
    expect(refusal({ field: 'deadlines', lang: 'fr', column: 'due' }, 'T1 2022')).toEqual(['row', '']);
  });
});
