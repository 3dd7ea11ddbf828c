import { run } from './commands.js';

/** The `bilan` command line: `npm run bilan -- <command>`, or `bilan <command>` once installed. */
process.exitCode = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
