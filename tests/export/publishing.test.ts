import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bilan } from '../support/cli.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { docxParts, paragraphsText } from './docx/docx-files.js';
import { structNodes, structTree } from './pdf/pdf-files.js';

// The publishing rules of issue 16, checked on the sample exported as a user does it.

interface Files {
  pdfText: Record<'fr' | 'en', string>;
  pdfRaw: Record<'fr' | 'en', string>;
  docx: Record<'fr' | 'en', Record<string, string>>;
}

let out: string;
let files: Files;
beforeAll(() => {
  out = tempDir('bilan-publishing-');
  const run = bilan(['export', SAMPLE, '--format', 'pdf,docx', '--lang', 'fr,en', '--allow-missing', '--out', out]);
  if (run.status !== 0) throw new Error(run.stderr);
  const text = (name: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, name), '-'], { encoding: 'utf8' });
  files = {
    pdfText: { fr: text('rapport-fr.pdf'), en: text('report-en.pdf') },
    pdfRaw: { fr: readFileSync(join(out, 'rapport-fr.pdf'), 'latin1'), en: readFileSync(join(out, 'report-en.pdf'), 'latin1') },
    docx: { fr: docxParts(readFileSync(join(out, 'rapport-fr.docx'))), en: docxParts(readFileSync(join(out, 'report-en.docx'))) },
  };
}, 120_000);

describe('the chosen option of a scale', () => {
  const cases = {
    fr: { reached: '(niveau atteint)', progress: ['Pas commencé', 'Limité', 'Substantiel', 'Achevé'], timetable: ['Oui', 'En partie', 'Non', 'Sans objet'] },
    en: { reached: '(level reached)', progress: ['Not started', 'Limited', 'Substantial', 'Completed'], timetable: ['Yes', 'Partly', 'No', 'Not applicable'] },
  } as const;

  it.each(['fr', 'en'] as const)('says "level reached" after a progress level only, in the PDF and the DOCX (%s)', (lang) => {
    const { reached, progress, timetable } = cases[lang];
    const docxText = paragraphsText(files.docx[lang]['word/document.xml']!).join('\n');
    for (const text of [files.pdfText[lang], docxText]) {
      const marked = [...text.matchAll(new RegExp(`■\\s([^■☐\\n]+?) ${reached.replace(/[()]/g, '\\$&')}`, 'g'))].map((m) => m[1]!);
      expect(marked.length).toBeGreaterThan(5);
      for (const option of marked) expect(progress).toContain(option);
      // The timetable's choice is marked, and worded as it is.
      for (const option of timetable) expect(text).not.toContain(`${option} ${reached}`);
      expect(timetable.some((o) => text.includes(`■\u00a0${o}`) || text.includes(`■ ${o}`))).toBe(true);
    }
  });
});

describe('the progress scale in the tagged PDF', () => {
  it.each(['fr', 'en'] as const)('is a list whose options a screen reader reads apart, box then option (%s)', (lang) => {
    const { progress, reached } = {
      fr: { progress: ['Pas commencé', 'Limité', 'Substantiel', 'Achevé'], reached: '(niveau atteint)' },
      en: { progress: ['Not started', 'Limited', 'Substantial', 'Completed'], reached: '(level reached)' },
    }[lang];
    const tree = structTree(join(out, lang === 'fr' ? 'rapport-fr.pdf' : 'report-en.pdf'));
    const bodies = (l: ReturnType<typeof structTree>) => l.children.map((li) => li.children.find((c) => c.type === 'LBody')?.text.join('') ?? '');
    const scales = structNodes(tree).filter((n) => n.type === 'L' && bodies(n)[0]?.startsWith(progress[0]!));
    expect(scales.length).toBeGreaterThanOrEqual(20);
    for (const scale of scales) {
      expect(scale.children.map((li) => li.type)).toEqual(['LI', 'LI', 'LI', 'LI']);
      for (const li of scale.children) {
        expect(li.children.map((c) => c.type)).toEqual(['Lbl', 'LBody']);
        expect(li.children[0]!.text.join('').trim()).toMatch(/^[☐■]$/);
      }
      // Each option alone in its item; the chosen one (if any) worded as reached.
      expect(bodies(scale).map((b) => b.replace(` ${reached}`, ''))).toEqual(progress);
      expect(bodies(scale).filter((b) => b.endsWith(reached)).length).toBeLessThanOrEqual(1);
    }
    // No stray mark between options: the gap is made of spaces the fonts hold.
    expect(files.pdfText[lang]).not.toMatch(new RegExp(`${progress[0]}[□\ufffd]`));
  });
});

describe('links on paper', () => {
  const resource = { fr: 'Site de la transformation publique', en: 'Government transformation website' } as const;
  const address = 'https://www.modernisation.gouv.fr/';

  it.each(['fr', 'en'] as const)('a resource prints its address in a numbered note, still a live link, in the PDF (%s)', (lang) => {
    const text = files.pdfText[lang];
    const call = new RegExp(`${resource[lang]}(\\d+)`).exec(text)?.[1];
    expect(call).toBeDefined();
    expect(text).toMatch(new RegExp(`(^|\\n)${call}\\. ${address.replace(/[./]/g, '\\$&')}\\s`));
    // Two live links to it: the resource's label and the address in the note.
    expect(files.pdfRaw[lang].split(`/URI (${address})`).length - 1).toBeGreaterThanOrEqual(2);
  });

  it.each(['fr', 'en'] as const)('and in a real Word footnote holding the live address in the DOCX (%s)', (lang) => {
    const parts = files.docx[lang];
    const doc = parts['word/document.xml']!;
    const id = new RegExp(`${resource[lang]}</w:t></w:r></w:hyperlink><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:footnoteReference w:id="(\\d+)"/>`).exec(doc)?.[1];
    expect(id).toBeDefined();
    const note = new RegExp(`<w:footnote w:id="${id}">(.*?)</w:footnote>`, 's').exec(parts['word/footnotes.xml']!)?.[1] ?? '';
    expect(note).toContain(`>${address}</w:t>`);
    const rel = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(note)?.[1];
    expect(parts['word/_rels/footnotes.xml.rels']).toContain(`Id="${rel}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${address}"`);
  });

  it('prints no note for a link that shows its own address', () => {
    // The contacts' e-mail addresses are links whose text is the address.
    expect(files.pdfText.fr).not.toMatch(/\n\d+\. [^\s@]+@[^\s@]+\n/);
  });
});

describe('pagination: keep-with-next, widows and orphans', () => {
  const words = {
    fr: { card: 'Engagement n°', headline: 'des engagements substantiellement', group: 'Ambition', aside: 'Recommandations du Mécanisme' },
    en: { card: 'Commitment ', headline: 'of commitments substantially', group: 'Ambition', aside: 'Recommendations from the Independent' },
  } as const;
  /** Each page's lines, without the running header and the footer. */
  const pages = (lang: 'fr' | 'en') =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(out, lang === 'fr' ? 'rapport-fr.pdf' : 'report-en.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .map((page) => page.split('\n').map((l) => l.trim()).filter(Boolean).slice(1, -1));

  it.each(['fr', 'en'] as const)('the summary table’s headline shares its page with two rows at least, and no page starts with a box or notes alone (%s)', (lang) => {
    const w = words[lang];
    const all = pages(lang);
    const headlinePage = all.find((p) => p.some((l) => l.includes(w.headline)))!;
    expect(headlinePage.filter((l) => l.startsWith(w.card)).length).toBeGreaterThanOrEqual(2);
    for (const [i, page] of all.entries()) {
      if (i < 2) continue;
      expect(page[0] ?? '', `page ${i + 1}`).not.toMatch(new RegExp(`^(Notes|${w.aside})`));
    }
  });

  it.each(['fr', 'en'] as const)('a contents page never ends with a group’s entry apart from its first entry (%s)', (lang) => {
    // Contents pages: most of their lines end with a page number.
    const toc = pages(lang).slice(1, 5).filter((p) => p.length > 5 && p.filter((l) => /\s\d+$/.test(l)).length > p.length / 2);
    expect(toc.length).toBeGreaterThan(0);
    for (const page of toc) expect(page[page.length - 1]).not.toMatch(new RegExp(`^${words[lang].group} \\d`));
  });

  it('the DOCX asks Word for the same: rows kept with the next, short rows unsplit, headers repeated, headings and group entries kept with what follows', () => {
    const doc = files.docx.fr['word/document.xml']!;
    const styles = files.docx.fr['word/styles.xml']!;
    const summary = /<w:tbl>(?:(?!<\/w:tbl>).)*?Tableau de synthèse.*?<\/w:tbl>/s.exec(doc)?.[0] ?? doc.match(/<w:tbl>.*?<\/w:tbl>/gs)!.find((t) => t.includes('Engagement n°21'))!;
    const rows = summary.match(/<w:tr>.*?<\/w:tr>/gs)!;
    expect(rows[0]).toContain('<w:tblHeader/>');
    // The last two rows keep with what follows (the headline); every short row stays whole.
    for (const row of rows.slice(-2)) expect(row).toContain('<w:keepNext/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    const style = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's'))?.[0] ?? '';
    expect(style('TOC1')).toContain('<w:keepNext/>');
    for (const id of ['Heading1', 'Heading2']) {
      expect(style(id)).toContain('<w:keepNext/>');
      expect(style(id)).toContain('<w:keepLines/>');
    }
    expect(style('BodyText')).toMatch(/<w:widowControl\/>|<w:widowControl w:val="(true|1|on)"\/>/);
  });
});
