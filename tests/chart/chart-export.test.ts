import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartRasteriser } from '../../electron/main/services/chart-raster.js';
import { seriesColours } from '../../shared/export/chart/draw.js';
import { renderDocx } from '../../shared/export/docx/render.js';
import { buildLayout } from '../../shared/export/layout/build.js';
import type { DocLayout, LayoutChart } from '../../shared/export/layout/types.js';
import { renderPdf } from '../../shared/export/pdf/render.js';
import type { Lang } from '../../shared/model/localized.js';
import type { Report } from '../../shared/model/report.js';
import { templateFonts } from '../export/support/fonts.js';
import { writeDocx } from '../export/docx/docx-files.js';
import { writePdf } from '../export/pdf/pdf-files.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { libreOfficeToPdf, pdfFonts } from '../support/poppler.js';
import { reportWithCharts } from './support/charts.js';

// The charts (the progress summary's and two chart blocks in the first chapter) in the real
// PDF, read by poppler and pdf.js, and in the real DOCX, read back and opened by LibreOffice.

const template = templates.get('ogp-end-of-term');
const fonts = templateFonts(templates, template);
let report: Report;
let media: ReadonlyMap<string, Uint8Array>;
const layouts = {} as Record<Lang, DocLayout>;
const pdfs = {} as Record<Lang, string>;
const docx = {} as Record<Lang, Uint8Array>;

const chartsOf = (layout: DocLayout) => layout.blocks.filter((b): b is LayoutChart => b.kind === 'chart');
const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

beforeAll(async () => {
  const opened = await files.open(SAMPLE);
  report = reportWithCharts(opened.report);
  media = opened.media;
  const rasterise = await chartRasteriser();
  for (const lang of ['fr', 'en'] as const) {
    layouts[lang] = buildLayout(report, template, lang, media, { allowMissing: true });
    pdfs[lang] = writePdf((await renderPdf(layouts[lang], fonts)).bytes, `charts-${lang}.pdf`);
    docx[lang] = await renderDocx(layouts[lang], fonts, { rasterise });
  }
}, 300_000);

/** The image XObjects poppler lists, as "page:width×height". */
function images(file: string): string[] {
  const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return out.split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/)).map((f) => `${f[0]}:${f[3]}×${f[4]}`);
}

/** The 1-based pages whose text holds `words`. */
function pagesWith(file: string, words: string): number[] {
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  return pages.flatMap((p, i) => (flat(p).includes(flat(words)) ? [i + 1] : []));
}

/** Every Figure of the PDF's structure tree with its alternative text, from pdf.js. */
async function figures(file: string): Promise<{ page: number; alt: string }[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const out: { page: number; alt: string }[] = [];
  type Node = { role?: string; alt?: string; children?: Node[] };
  const walk = (n: Node, page: number) => {
    if (n.role === 'Figure') out.push({ page, alt: n.alt ?? '' });
    for (const c of n.children ?? []) walk(c, page);
  };
  for (let p = 1; p <= doc.numPages; p++) walk((await (await doc.getPage(p)).getStructTree()) as Node, p);
  await doc.destroy();
  return out;
}

describe.each(['fr', 'en'] as const)('the charts in the PDF (%s)', (lang) => {
  const words = {
    fr: { progress: 'Avancement par ambition', axis: 'Nombre d’engagements', unrated: 'Sans niveau', block: 'Budget consacré aux données ouvertes', unit: '17,25 M€', line: 'Jeux de données publiés', year: 'Année' },
    en: { progress: 'Progress by ambition', axis: 'Number of commitments', unrated: 'No level', block: 'Budget spent on open data', unit: '17.25 M€', line: 'Datasets published', year: 'Year' },
  }[lang];

  it('are vectors: no image on their pages but the report’s own pictures', () => {
    const chartPages = new Set([...pagesWith(pdfs[lang], words.progress), ...pagesWith(pdfs[lang], words.block), ...pagesWith(pdfs[lang], words.line)]);
    expect(chartPages.size).toBeGreaterThan(0);
    const listed = images(pdfs[lang]);
    // The sample's pictures are its two media; the charts add none.
    const pictures = report.media.length;
    expect(listed.length).toBeLessThanOrEqual(pictures);
    for (const page of chartPages) {
      const onPage = listed.filter((i) => i.startsWith(`${page}:`));
      for (const i of onPage) expect(report.media.some((m) => i.endsWith(`${m.width}×${m.height}`))).toBe(true);
    }
  });

  it('have their words as real text in the template’s embedded fonts', () => {
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfs[lang], '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    for (const w of Object.values(words)) expect(text).toContain(flat(w));
    for (const c of chartsOf(layouts[lang])[0]!.chart.series) expect(text).toContain(flat(c.name));
    expect(pdfFonts(pdfs[lang]).every((f) => f.embedded)).toBe(true);
  });

  it('are each a Figure of the structure tree whose alternative text gives the numbers', async () => {
    const charts = chartsOf(layouts[lang]);
    // The progress summary's, the sample's own (its context chapter) and the two added.
    expect(charts).toHaveLength(4);
    const found = await figures(pdfs[lang]);
    for (const chart of charts) expect(found.map((f) => f.alt)).toContain(chart.alt);
    const progress = charts.find((c) => c.chart.kind === 'stacked')!;
    expect(progress.alt).toMatch(lang === 'fr' ? /Ambition 1 – .+\(\d+ engagements?\)\u00a0: Achevé\u00a0: \d+ engagements?/ : /Ambition 1 – .+\(\d+ commitments?\): Completed: \d+ commitments?/);
    const budget = charts.find((c) => c.chart.title === words.block)!;
    expect(budget.alt).toContain(lang === 'fr' ? '2019\u00a0: État 14\u202fM€, Collectivités pas de valeur' : '2019: State 14\u202fM€, Local authorities no value');
    // The author's description wins over the table.
    expect(charts.find((c) => c.chart.kind === 'line')!.alt).toMatch(/^(Les jeux|Datasets)/);
    // The sample's context chart reads its table: every level with its count.
    expect(charts.find((c) => /21/.test(c.chart.title))!.alt).toMatch(lang === 'fr' ? /Pas commencé\u00a0: 1\u202f; Limité\u00a0: 4\u202f; Substantiel\u00a0: 8\u202f; Achevé\u00a0: 8\./ : /Not started: 1; Limited: 4; Substantial: 8; Completed: 8\./);
  });
});

describe.each(['fr', 'en'] as const)('the charts in the DOCX (%s)', (lang) => {
  it('are SVG pictures with a PNG fallback and their alternative text', () => {
    const parts = unzipSync(docx[lang]);
    const svgs = Object.keys(parts).filter((p) => /^word\/media\/.*\.svg$/.test(p));
    const charts = chartsOf(layouts[lang]).length;
    expect(svgs).toHaveLength(charts);
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml.match(/asvg:svgBlip/g)).toHaveLength(charts);
    for (const svg of svgs) {
      const text = strFromU8(parts[svg]!);
      // Words as the template's glyph outlines: no font a reader might lack.
      expect(text).not.toContain('<text');
      expect(text).toMatch(/<path fill="#[0-9A-F]{6}" d="M/i);
    }
    const pngs = Object.keys(parts).filter((p) => /^word\/media\/.*\.png$/.test(p));
    expect(pngs.length).toBeGreaterThanOrEqual(charts + report.media.filter((m) => m.mime === 'image/png').length);
    const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => unescape(m[1]!));
    for (const chart of chartsOf(layouts[lang])) expect(descriptions).toContain(chart.alt);
  });

  it('open in LibreOffice, which draws them', () => {
    const pdf = libreOfficeToPdf(writeDocx(docx[lang], `charts-${lang}.docx`));
    const heading = lang === 'fr' ? 'Tableau de synthèse de l’avancement' : 'Progress summary table';
    const page = pagesWith(pdf, heading).at(-1)!;
    const out = tempDir('bilan-chart-lo-');
    execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '40', pdf, `${out}/p`]);
    const ppm = readFileSync(execFileSync('sh', ['-c', `ls ${out}/p*.ppm`], { encoding: 'utf8' }).trim());
    // P6 header: magic, width, height, max, then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
    const pixels = ppm.subarray(header[0].length);
    // Each level's own shade of the ramp (found nowhere else on the page), and the hatching's grey.
    const progress = chartsOf(layouts[lang]).find((c) => c.chart.kind === 'stacked')!;
    const colours = seriesColours(progress.chart, { body: template.page.sizes.body, small: template.page.sizes.small, colours: template.page.colours });
    const counts = colours.map(() => 0);
    const targets = colours.map((c) => [1, 3, 5].map((k) => Number.parseInt(c.slice(k, k + 2), 16)));
    for (let i = 0; i < pixels.length; i += 3) {
      targets.forEach((t, k) => {
        if (Math.abs(pixels[i]! - t[0]!) <= 10 && Math.abs(pixels[i + 1]! - t[1]!) <= 10 && Math.abs(pixels[i + 2]! - t[2]!) <= 10) counts[k]!++;
      });
    }
    for (const n of counts) expect(n).toBeGreaterThan(15);
  }, 240_000);
});
