import { describe, expect, it } from 'vitest';
import { cutPackage, mediaOf } from '../../shared/merge/package.js';
import { mergeToSort } from '../../shared/merge/to-sort.js';
import type { Card, Report, ToSortItem } from '../../shared/model/report.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE } from '../support/paths.js';

const item = (id: string, text = id): ToSortItem => ({ id, lang: 'fr', from: '', content: [{ type: 'paragraph', children: [{ type: 'text', text }] }] });

describe('the "to sort" lists in packages', () => {
  it('merge by id: what either side sorted away is gone, what either side added stays', () => {
    const base = [item('a'), item('b'), item('c')];
    const ours = [item('a'), item('c'), item('o')]; // the coordinator sorted b away, added o
    const theirs = [item('a'), item('b'), item('t')]; // the institution sorted c away, added t
    expect(mergeToSort(base, ours, theirs)?.map((i) => i.id)).toEqual(['a', 'o', 't']);
    expect(mergeToSort(base, [], [])).toBeUndefined();
    expect(mergeToSort(undefined, undefined, undefined)).toBeUndefined();
    expect(mergeToSort(base, base, base)?.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('a package takes its cards’ lists and the images in them, never the report’s own list', async () => {
    const { report } = await files.open(SAMPLE);
    const template = templates.get(report.template.id);
    const image = report.media[0]!;
    const withSort: Report = structuredClone(report);
    const card = withSort.cards[0]! as Card;
    card.toSort = [{ ...item('sort-1'), content: [{ type: 'image', media: image.id, alt: 'Graphique' }] }];
    withSort.toSort = [item('sort-2', 'Texte de couverture')];
    expect(mediaOf([card]).has(image.id)).toBe(true);
    const lead = card.fields[template.card.leadField];
    const institution = lead?.kind === 'institutions' ? lead.ids[0]! : '';
    const pkg = cutPackage(withSort, template, { institution, deadline: null, message: '', id: crypto.randomUUID(), now: new Date('2021-03-01T09:00:00Z') });
    expect(pkg.cards.find((c) => c.id === card.id)?.toSort?.map((i) => i.id)).toEqual(['sort-1']);
    expect(pkg.media.map((m) => m.id)).toContain(image.id);
    expect(pkg.toSort).toBeUndefined();
  });
});
