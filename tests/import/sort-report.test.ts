import { describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report.js';
import { Report as ReportSchema } from '../../shared/model/report.js';
import { deleteToSort, moveToSortIntoChapter } from '../../shared/import/sort.js';
import { plainText } from '../../shared/report/text.js';
import { SAMPLE } from '../support/paths.js';
import { files } from '../support/fixtures.js';

const item = (id: string, lang: 'fr' | 'en', from: string, text: string) => ({ id, lang, from, content: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }] });

describe('what a Word import found outside any card, sorted in the report’s details', () => {
  it('makes a chapter of an item, before the cards and after the other front chapters, in the item’s language', async () => {
    const { report: sample } = await files.open(SAMPLE);
    const report: Report = { ...sample, toSort: [item('cover', 'fr', 'Page de titre', 'Rapport de la France, 2018–2020'), item('intro', 'en', '', 'An introduction written before the first card.')] };
    const front = report.chapters.filter((c) => c.position === 'front').length;

    const once = moveToSortIntoChapter(report, 'intro', 'imported-intro', 'Chapitre importé');
    const chapter = once.chapters[front]!;
    expect(chapter).toMatchObject({ id: 'imported-intro', position: 'front' });
    expect(chapter.title.en?.content).toBe('Chapitre importé');
    expect(chapter.title.fr).toBeUndefined();
    expect(plainText(chapter.body.en!.content)).toBe('An introduction written before the first card.');
    expect(once.toSort?.map((i) => i.id)).toEqual(['cover']);
    expect(once.chapters).toHaveLength(report.chapters.length + 1);
    expect(ReportSchema.safeParse(once).success).toBe(true);

    // The last item gone, the list leaves the file.
    const twice = moveToSortIntoChapter(once, 'cover', 'imported-cover', 'Chapitre importé');
    expect(twice.chapters[front + 1]!.title.fr?.content).toBe('Page de titre');
    expect('toSort' in twice).toBe(false);
    expect(deleteToSort(once, null, 'cover')).not.toHaveProperty('toSort');
    // An unknown item changes nothing.
    expect(moveToSortIntoChapter(report, 'nowhere', 'x', 'Chapitre importé')).toBe(report);
  });
});
