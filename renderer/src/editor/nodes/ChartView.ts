import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import type { NodeKey } from 'lexical';
import { createElement as h, useEffect, useId, useMemo, useRef, useState, type ReactElement } from 'react';
import type { Chart } from '../../../../shared/model/richtext.js';
import { useEditorT } from '../i18n.js';
import { ChartPicture } from './ChartPicture.js';
import { CHART_BOUNDS, formatChartNumber, parseChartNumber, SET_CHART_COMMAND } from './chart-model.js';

// Written with createElement rather than JSX, as the image's view: the node is also loaded by
// the headless tests, which never render it.

// The box sits inside the editor's content, whose own listeners would take its keys (Enter
// making a paragraph, Backspace deleting the chart, Ctrl+A selecting the field) and its pastes.
const BOX_EVENTS = ['keydown', 'keyup', 'keypress', 'paste', 'copy', 'cut', 'drop'] as const;

function useKeepEvents(box: HTMLElement | null): void {
  useEffect(() => {
    if (!box) return undefined;
    const stop = (event: Event) => {
      event.stopPropagation();
      // Inside the editor's content the browser would take Tab back to the text: the chart's
      // controls follow one another here, and Tab leaves the chart only from its first or last.
      if (event.type !== 'keydown' || (event as KeyboardEvent).key !== 'Tab') return;
      const controls = [...box.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((c) => !(c as HTMLInputElement).disabled);
      const at = controls.indexOf(box.ownerDocument.activeElement as HTMLElement);
      const next = controls[at + ((event as KeyboardEvent).shiftKey ? -1 : 1)];
      if (at >= 0 && next) {
        event.preventDefault();
        next.focus();
      }
    };
    for (const type of BOX_EVENTS) box.addEventListener(type, stop);
    return () => {
      for (const type of BOX_EVENTS) box.removeEventListener(type, stop);
    };
  }, [box]);
}

/** What a chart block shows in the editor. */
export interface ChartViewProps {
  nodeKey: NodeKey;
  chart: Chart;
}

/**
 * A chart block in the editor: the chart drawn from its table, then the table itself to type
 * in (labels down the first column, one column per series), its kind, title, unit, axis labels
 * and an optional description for screen readers. Every part is a native control, reached with
 * Tab; a cell that does not hold a number says so under the table and leaves the chart as it was.
 */
export function ChartView({ nodeKey, chart }: ChartViewProps): ReactElement {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useEditorT();
  const id = useId();
  const lang: 'fr' | 'en' = editor.getRootElement()?.lang === 'en' ? 'en' : 'fr';
  const [box, setBox] = useState<HTMLElement | null>(null);
  useKeepEvents(box);
  // Drafts of the number cells, so that "12," can be typed on the way to "12,5".
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [bad, setBad] = useState<string | null>(null);
  const pending = useRef(chart);
  pending.current = chart;
  const save = (next: Chart) => editor.dispatchCommand(SET_CHART_COMMAND, { key: nodeKey, chart: next });
  const label = t('chart');
  const picture = useMemo(() => h(ChartPicture, { chart, lang, label }), [chart, lang, label]);

  const input = (name: string, value: string, onChange: (v: string) => void, extra: Record<string, unknown> = {}) =>
    h('input', { type: 'text', value, readOnly: !editable, maxLength: CHART_BOUNDS.label, onChange: (e: { target: { value: string } }) => onChange(e.target.value), 'aria-label': name, ...extra });
  const field = (key: string, name: string, value: string, onChange: (v: string) => void) =>
    h('div', { className: 'bilan-chart__field', key }, h('label', { htmlFor: `${id}-${key}` }, name), input(name, value, onChange, { id: `${id}-${key}`, 'aria-label': undefined }));
  const set = (patch: Partial<Chart>) => save({ ...pending.current, ...patch });
  const optional = (key: 'unit' | 'valueLabel' | 'categoryLabel') => (v: string) => {
    const next = { ...pending.current };
    if (v) next[key] = v;
    else delete next[key];
    save(next);
  };

  const rows = chart.labels.length;
  const cellKey = (s: number, r: number) => `${s}:${r}`;
  const typed = (s: number, r: number, text: string) => {
    setDrafts((d) => ({ ...d, [cellKey(s, r)]: text }));
    const value = parseChartNumber(text, lang);
    if (value === undefined) {
      setBad(t('chartBadNumber', { value: text, row: r + 1, series: s + 1 }));
      return;
    }
    setBad(null);
    const series = pending.current.series.map((x, k) => (k === s ? { ...x, values: x.values.map((v, i) => (i === r ? value : v)) } : x));
    save({ ...pending.current, series });
  };
  const cellText = (s: number, r: number) => drafts[cellKey(s, r)] ?? formatChartNumber(chart.series[s]!.values[r] ?? null, lang);
  const addRow = () => save({ ...chart, labels: [...chart.labels, ''], series: chart.series.map((x) => ({ ...x, values: [...x.values, null] })) });
  const removeRow = (r: number) => {
    setDrafts({});
    save({ ...chart, labels: chart.labels.filter((_, i) => i !== r), series: chart.series.map((x) => ({ ...x, values: x.values.filter((_, i) => i !== r) })) });
  };
  const addSeries = () => save({ ...chart, series: [...chart.series, { name: '', values: chart.labels.map(() => null) }] });
  const removeSeries = (s: number) => {
    setDrafts({});
    save({ ...chart, series: chart.series.filter((_, k) => k !== s) });
  };
  const button = (text: string, onClick: () => void, disabled = false, extra: Record<string, unknown> = {}) =>
    h('button', { type: 'button', className: 'bilan-rte__button', onClick, disabled: disabled || !editable, ...extra }, text);

  const seriesName = (s: number) => chart.series[s]!.name || t('chartSeriesN', { n: s + 1 });
  const rowName = (r: number) => chart.labels[r] || t('chartRowN', { n: r + 1 });
  const table = h(
    'table',
    { className: 'bilan-chart__table' },
    h('caption', null, t('chartTable')),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t('chartLabel')),
        ...chart.series.map((x, s) =>
          h(
            'th',
            { scope: 'col', key: s },
            input(t('chartSeriesName', { n: s + 1 }), x.name, (v) => set({ series: chart.series.map((y, k) => (k === s ? { ...y, name: v } : y)) })),
            chart.series.length > 1 ? button(t('chartRemoveSeries'), () => removeSeries(s), false, { 'aria-label': t('chartRemoveSeriesNamed', { name: seriesName(s) }) }) : null,
          ),
        ),
        h('td', null),
      ),
    ),
    h(
      'tbody',
      null,
      ...chart.labels.map((l, r) =>
        h(
          'tr',
          { key: r },
          h('th', { scope: 'row' }, input(t('chartRowLabel', { n: r + 1 }), l, (v) => set({ labels: chart.labels.map((x, i) => (i === r ? v : x)) }))),
          ...chart.series.map((_, s) => {
            const text = cellText(s, r);
            const invalid = parseChartNumber(text, lang) === undefined;
            return h('td', { key: s }, input(t('chartValue', { series: seriesName(s), row: rowName(r) }), text, (v) => typed(s, r, v), { inputMode: 'decimal', 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? `${id}-error` : undefined, className: invalid ? 'bilan-chart__invalid' : undefined }));
          }),
          h('td', null, rows > 1 ? button(t('chartRemoveRow'), () => removeRow(r), false, { 'aria-label': t('chartRemoveRowNamed', { name: rowName(r) }) }) : null),
        ),
      ),
    ),
  );

  return h(
    'figure',
    { className: 'bilan-chart', ref: setBox, role: 'group', 'aria-label': chart.title ? `${label} – ${chart.title}` : label, contentEditable: false },
    picture,
    h(
      'div',
      { className: 'bilan-chart__form' },
      h(
        'div',
        { className: 'bilan-chart__fields' },
        h(
          'div',
          { className: 'bilan-chart__field' },
          h('label', { htmlFor: `${id}-kind` }, t('chartKind')),
          h(
            'select',
            { id: `${id}-kind`, value: chart.kind, disabled: !editable, onChange: (e: { target: { value: string } }) => set({ kind: e.target.value === 'line' ? 'line' : 'bar' }) },
            h('option', { value: 'bar' }, t('chartBar')),
            h('option', { value: 'line' }, t('chartLine')),
          ),
        ),
        field('title', t('chartTitle'), chart.title, (v) => set({ title: v })),
        field('unit', t('chartUnit'), chart.unit ?? '', optional('unit')),
        field('value', t('chartValueAxis'), chart.valueLabel ?? '', optional('valueLabel')),
        field('category', t('chartCategoryAxis'), chart.categoryLabel ?? '', optional('categoryLabel')),
      ),
      table,
      h('p', { id: `${id}-error`, className: 'bilan-chart__error', role: 'status' }, bad ?? ''),
      h(
        'div',
        { className: 'bilan-chart__actions' },
        button(t('chartAddRow'), addRow, rows >= CHART_BOUNDS.rows),
        button(t('chartAddSeries'), addSeries, chart.series.length >= CHART_BOUNDS.series),
      ),
      h(
        'div',
        { className: 'bilan-chart__field bilan-chart__description' },
        h('label', { htmlFor: `${id}-description` }, t('chartDescription')),
        h('textarea', {
          id: `${id}-description`,
          value: chart.description ?? '',
          readOnly: !editable,
          maxLength: CHART_BOUNDS.description,
          rows: 2,
          onChange: (e: { target: { value: string } }) => {
            const next = { ...pending.current };
            if (e.target.value.trim()) next.description = e.target.value;
            else delete next.description;
            save(next);
          },
        }),
      ),
    ),
  );
}
