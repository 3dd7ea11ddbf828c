import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/paths.js';

/** A `bilan serve` process, the address it printed, what it wrote, and its end. */
export interface ServeProcess {
  child: ChildProcess;
  url: string;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

/** A built interface of one page under a strict CSP: enough for the server to serve. */
export function oneFileInterface(): string {
  const dir = tempDir('bilan-built-');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'" /></head><body>Bilan</body></html>`);
  return dir;
}

/**
 * Starts Node with `args` (a command line whose command is `serve`), as a user starts it, and
 * returns once it has printed its tokened address; fails with what it wrote if it exits before.
 */
export async function startServe(args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): Promise<ServeProcess> {
  const child = spawn(process.execPath, args, options);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((done, fail) => {
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout);
      if (found) done(found[0]);
    });
    void exited.then(() => fail(new Error(`exited early: ${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr, exited };
}
