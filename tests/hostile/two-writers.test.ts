import { spawn } from 'node:child_process';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../electron/main/services/file-lock.js';
import { BilanError } from '../../shared/i18n/errors.js';
import { withFrench } from '../../shared/report/localized.js';
import { bilan } from '../support/cli.js';
import { files } from '../support/fixtures.js';
import { contribute } from '../support/packages.js';
import { ROOT, SAMPLE, tempDir } from '../support/paths.js';

// The audit's reproduction: two `bilan merge` runs on one report at once both printed "Saved",
// and one's edit was lost, 8 rounds out of 8. Writers of one report file must take turns.

describe('two writers of one report take turns', () => {
  it('runs the second writer only once the first has finished, and removes the lock', async () => {
    const file = join(tempDir('bilan-lock-'), 'rapport.bilan');
    const order: string[] = [];
    const slow = withFileLock(file, async () => {
      order.push('first starts');
      await new Promise((resolve) => setTimeout(resolve, 300));
      order.push('first ends');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = withFileLock(file, async () => void order.push('second'));
    await Promise.all([slow, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('gives up after its wait with a message naming the file, and leaves the holder’s lock alone', async () => {
    const file = join(tempDir('bilan-lock-'), 'rapport.bilan');
    let release!: () => void;
    const held = withFileLock(file, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const error = await withFileLock(file, async () => 'never', 300).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BilanError);
    expect((error as BilanError).key).toBe('save.locked');
    expect((error as BilanError).describe('fr')).toContain('rapport.bilan.lock');
    expect(existsSync(`${file}.lock`)).toBe(true);
    release();
    await held;
  });

  it('does not take over a lock another writer has just created and not yet written', async () => {
    const file = join(tempDir('bilan-lock-'), 'rapport.bilan');
    writeFileSync(`${file}.lock`, '');
    const error = await withFileLock(file, async () => 'taken', 300).catch((e: unknown) => e);
    expect((error as BilanError).key).toBe('save.locked');
    expect(existsSync(`${file}.lock`)).toBe(true);
    // Left unwritten for longer than any writer takes, it counts as left behind.
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    expect(await withFileLock(file, async () => 'taken', 1000)).toBe('taken');
  });

  it('takes over a lock left by a process that died', async () => {
    const file = join(tempDir('bilan-lock-'), 'rapport.bilan');
    const dead = spawn(process.execPath, ['-e', '']);
    const pid = await new Promise<number>((resolve) => dead.on('exit', () => resolve(dead.pid!)));
    writeFileSync(`${file}.lock`, JSON.stringify({ pid, host: (await import('node:os')).hostname(), since: new Date().toISOString() }));
    expect(await withFileLock(file, async () => 'done', 1000)).toBe('done');
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

/** Runs `bilan` as a user would, without waiting for it: two of them can then run at once. */
function bilanAsync(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/cli/bilan.ts'), ...args], { cwd: ROOT, env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

describe('two bilan merge runs on one report at once', () => {
  it('keeps both institutions’ edits: the second merge waits, then works from what the first saved', async () => {
    const dir = tempDir('bilan-two-merges-');
    const report = join(dir, 'rapport.bilan');
    const sample = await files.open(SAMPLE);
    await files.save(report, sample.report, sample.media);
    const cut = bilan(['packages', report, '--out', join(dir, 'paquets')]);
    expect(cut.status, cut.stderr).toBe(0);
    const names = readdirSync(join(dir, 'paquets')).filter((n) => n.endsWith('.bilan')).sort();
    const edited: { file: string; cardId: string; text: string }[] = [];
    for (const name of names.slice(0, 2)) {
      const file = join(dir, 'paquets', name);
      let cardId = '';
      const text = `Nouvelle étape écrite par ${name}`;
      await contribute(file, { name: 'Camille Durand', email: 'camille.durand@ministere.example' }, (pkg) => {
        const card = pkg.cards[0]!;
        cardId = card.id;
        const next = card.fields['nextSteps'] ?? { kind: 'richText' };
        if (next.kind !== 'richText') throw new Error('the template changed: next steps are not rich text');
        card.fields['nextSteps'] = { ...withFrench(next, [{ type: 'paragraph', children: [{ type: 'text', text }] }]), kind: 'richText' };
      });
      edited.push({ file, cardId, text });
    }
    expect(new Set(edited.map((e) => e.cardId)).size).toBe(2);
    const by = ['--apply-clean', '--name', 'Coordination', '--email', 'coordination@etalab.example'];
    const runs = await Promise.all(edited.map((e) => bilanAsync(['merge', report, e.file, ...by])));
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const merged = await files.open(report);
    for (const e of edited) {
      const next = merged.report.cards.find((c) => c.id === e.cardId)!.fields['nextSteps'];
      expect(JSON.stringify(next), e.file).toContain(e.text);
    }
    expect(existsSync(`${report}.lock`)).toBe(false);
  }, 120_000);
});
