// Part of `npm run bench`: merging 30 returned packages into the sample report (target: under
// 1 s), beside the time to open and save the same report, measured in the same run.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PackageService } from '../../electron/main/services/package-service.js';
import type { OpenedReport } from '../../shared/format/read.js';
import type { FieldValue } from '../../shared/model/report.js';
import { withEnglish, withFrench } from '../../shared/report/localized.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';
import { targetLine } from './verdict.js';

const PACKAGES = 30;
const packages = new PackageService(files, templates);
type Rich = Extract<FieldValue, { kind: 'richText' }>;

async function main(): Promise<void> {
  const sample = await files.open(SAMPLE);
  // Cut rounds of packages until there are 30, each filled in as an institution would.
  const paths: string[] = [];
  for (let round = 0; paths.length < PACKAGES; round++) {
    const written = await packages.cutAll(sample, join(tempDir(), `round-${round}`), { deadline: null, message: '' });
    for (const w of written.packages.slice(0, PACKAGES - paths.length)) {
      const pkg = await files.open(w.file);
      for (const card of pkg.report.cards) {
        const text = (mark: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: `${mark} ${w.institution} ${round}` }] }];
        const next = (card.fields['nextSteps'] as Rich | undefined) ?? { kind: 'richText' };
        card.fields['nextSteps'] = { ...withEnglish(withFrench(next, [...(next.fr?.content ?? []), ...text('Étape')]), [...(next.en?.content ?? []), ...text('Step')]), kind: 'richText' };
      }
      await files.save(w.file, pkg.report, pkg.media);
      paths.push(w.file);
    }
  }
  const runs: number[] = [];
  const peers: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    let opened: OpenedReport = sample;
    for (const path of paths) opened = packages.apply(opened, await packages.plan(opened, path), new Map(), null);
    runs.push(performance.now() - start);
    const peerStart = performance.now();
    const file = join(tempDir(), 'peer.bilan');
    await files.save(file, opened.report, opened.media);
    await files.open(file);
    peers.push(performance.now() - peerStart);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const merge = median(runs) / 1000;
  const peer = median(peers) / 1000;
  console.log(`\nMerging ${PACKAGES} returned packages into the sample report (read, plan and apply each)`);
  console.log(`  peer, save and reopen the merged report: ${peer.toFixed(3)} s; merge/peer ${(merge / peer).toFixed(1)}×`);
  console.log(targetLine(`merge of ${PACKAGES} packages`, merge, 1, 's', { digits: 3 }));
}

await main();
