// Child process for the interrupted-save test: saves the same file over and over, alternating
// two versions, until it is killed. Prints "ready <ms>" once the first save is on disk, with
// the time that save took.
import { ReportFiles } from '../../../electron/main/services/report-files.js';
import { TemplateStore } from '../../../electron/main/services/template-store.js';
import { withFrench } from '../../../shared/report/localized.js';

const [source, target, templatesDir] = process.argv.slice(2) as [string, string, string];
const files = new ReportFiles(new TemplateStore(templatesDir));
const { report, media } = await files.open(source);
// A larger document makes each save last long enough to be cut in the middle.
const filler = Array.from({ length: 3_000 }, (_, i) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text: `Paragraphe ${i} de remplissage, pour allonger l’enregistrement. `.repeat(6) }] }));
const chapters = report.chapters.map((c, i) => (i === 0 ? { ...c, body: withFrench(c.body, filler) } : c));
const versions = ['A', 'B'].map((v) => ({ ...report, chapters, title: withFrench(report.title, `Version ${v}`) }));
for (let i = 0; ; i++) {
  const start = performance.now();
  await files.save(target, versions[i % 2]!, media);
  if (i === 0) process.stdout.write(`ready ${Math.ceil(performance.now() - start)}\n`);
}
