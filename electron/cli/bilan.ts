import { createInterface } from 'node:readline/promises';
import { run, systemLang, type Interactive } from './commands.js';

/** At a terminal, questions are asked; piped or in CI, nothing is assumed. */
const interactive: Interactive = {
  canAsk: process.stdin.isTTY === true,
  async confirm(question) {
    if (!this.canAsk) return false;
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await rl.question(`${question} `);
    rl.close();
    return /^(y|yes|o|oui)$/i.test(answer.trim());
  },
};

// Output piped into a command that stops reading (`bilan info FILE | head -1`) ends the run quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/**
 * The `bilan` command line: `npm run bilan -- <command>`, or `bilan <command>` once installed.
 * No top-level await: the same file is bundled as CommonJS (scripts/build-cli.mjs).
 */
void run(
  process.argv.slice(2),
  {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  systemLang(),
  interactive,
).then((code) => {
  process.exitCode = code;
});
