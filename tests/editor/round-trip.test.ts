import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RichText } from '../../shared/model/richtext.js';
import { ROOT } from '../support/paths.js';
import { roundTrip } from './support/headless.js';

// "The stored rich text is editable by Lexical": every value a report holds comes back from
// the editor exactly as it went in.

/** Every rich-text value of a report.json, with where it was found. */
function richTextValues(report: unknown): [string, unknown][] {
  const found: [string, unknown][] = [];
  const visit = (value: unknown, path: string, isRichText: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, false));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    // Rich text is a localized value of kind "richText", or a chapter's body.
    const here = isRichText || record.kind === 'richText';
    if (here) {
      const fr = record.fr as { content?: unknown } | undefined;
      const en = record.en as { content?: unknown; source?: { fr?: unknown } } | undefined;
      if (fr?.content !== undefined) found.push([`${path}.fr`, fr.content]);
      if (en?.content !== undefined) found.push([`${path}.en`, en.content]);
      if (en?.source?.fr !== undefined) found.push([`${path}.en.source.fr`, en.source.fr]);
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${path}.${key}`, key === 'body');
  };
  visit(report, '', false);
  return found;
}

describe.each(['ogp-2018-2020', 'action-plan-2021-2023'])('every rich text of the %s seed', (seed) => {
  const report: unknown = JSON.parse(readFileSync(join(ROOT, 'seeds', `${seed}.bilan`, 'report.json'), 'utf8'));
  const values = richTextValues(report);

  it('is found (the walk sees the fields and chapters)', () => {
    expect(values.length).toBeGreaterThan(10);
    for (const [path, value] of values) expect(RichText.safeParse(value).success, path).toBe(true);
  });

  it('comes back from the editor unchanged', () => {
    for (const [path, value] of values) {
      expect(roundTrip(RichText.parse(value)), path).toStrictEqual(value);
    }
  });
});

describe('a value using every feature of report rich text', () => {
  const everything: RichText = [
    { type: 'heading', level: 1, children: [{ type: 'text', text: 'Titre' }] },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Sous-titre' }] },
    { type: 'heading', level: 3, children: [{ type: 'text', text: 'Jalon 1', italic: true }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Gras', bold: true },
        { type: 'text', text: ' et ' },
        { type: 'text', text: 'gras italique', bold: true, italic: true },
        { type: 'break' },
        { type: 'text', text: 'voir ' },
        { type: 'link', url: 'https://www.data.gouv.fr/', children: [{ type: 'text', text: 'data.gouv.fr', italic: true }] },
        {
          type: 'footnote',
          children: [
            { type: 'text', text: 'Source : ' },
            { type: 'link', url: 'mailto:contact@example.org', children: [{ type: 'text', text: 'écrire' }] },
            { type: 'break' },
            { type: 'text', text: '2020.' },
          ],
        },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'list',
      ordered: true,
      items: [
        {
          children: [{ type: 'text', text: 'un' }],
          sublist: {
            type: 'list',
            ordered: false,
            items: [
              {
                children: [{ type: 'text', text: 'un.a' }],
                sublist: { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'un.a.i', bold: true }] }, { children: [] }] },
              },
              { children: [{ type: 'text', text: 'un.b' }] },
            ],
          },
        },
        { children: [{ type: 'text', text: 'deux' }] },
        { children: [], sublist: { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'sans parent' }] }] } },
      ],
    },
    {
      type: 'table',
      headerRow: true,
      widths: [2, 1, 0.5],
      rows: [
        [{ children: [{ type: 'text', text: 'Ministère', bold: true }] }, { children: [{ type: 'text', text: 'Statut' }] }, { children: [] }],
        [
          { children: [{ type: 'text', text: 'Intérieur' }, { type: 'break' }, { type: 'text', text: 'DGCL' }] },
          { children: [{ type: 'link', url: 'http://example.org/a?b=c', children: [{ type: 'text', text: 'fait' }] }] },
          { children: [{ type: 'footnote', children: [{ type: 'text', text: 'note' }] }] },
        ],
      ],
    },
    { type: 'image', media: 'progress-chart.png', alt: 'Avancement des engagements', width: 0.6 },
    { type: 'image', media: 'logo.png', alt: '' },
    { type: 'table', headerRow: false, rows: [[{ children: [{ type: 'text', text: 'seule' }] }]] },
    { type: 'paragraph', children: [] },
    { type: 'paragraph', children: [{ type: 'text', text: 'fin' }] },
  ];

  it('is valid report rich text', () => {
    expect(RichText.safeParse(everything).success).toBe(true);
  });

  it('comes back from the editor unchanged', () => {
    expect(roundTrip(everything)).toStrictEqual(everything);
  });

  it('an empty value stays empty', () => {
    expect(roundTrip([])).toStrictEqual([]);
  });
});
