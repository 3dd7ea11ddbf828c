import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ROOT } from '../main/services/app-paths.js';
import { BilanError } from '../../shared/i18n/errors.js';
import { langFromLocale, t } from '../../shared/i18n/i18n.js';
import type { Lang } from '../../shared/model/localized.js';
import { forTerminal } from '../../shared/text/terminal.js';
import { command, type CliCommand, type CommandCall, type Interactive, type Output } from './command.js';
import { dataCommand } from './data-command.js';
import { exportCommand } from './export-command.js';
import { historyCommand } from './history-command.js';
import { importCommand } from './import-command.js';
import { mergeCommand, packagesCommand } from './contribution-commands.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { commandHelp, generalHelp } from './help.js';
import { parseArgs } from './options.js';
import { infoCommand, newCommand, schemaCommand, validateCommand } from './report-commands.js';
import { cmdServe } from './serve-command.js';

export type { Interactive, Output } from './command.js';

const noTerminal: Interactive = { canAsk: false, confirm: async () => false };

/** The user's language, from the usual locale variables. */
export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return langFromLocale(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']);
}

/**
 * Every command, by name, in the order `bilan help` lists them. A new command is one entry
 * here: its options, from which the parser and the help are made, and what it runs.
 */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  new: newCommand,
  import: importCommand,
  validate: validateCommand,
  info: infoCommand,
  export: exportCommand,
  packages: packagesCommand,
  merge: mergeCommand,
  data: dataCommand,
  history: historyCommand,
  schema: schemaCommand,
  // serve-command.ts reads its own arguments again: they are declared here for the help and the checks.
  serve: command({
    summary: 'cli.serve.summary',
    maxPositionals: 0,
    options: {
      dir: { type: 'string', value: 'cli.value.folder', help: 'cli.serve.opt.dir' },
      port: { type: 'string', value: 'cli.value.port', help: 'cli.serve.opt.port' },
      'no-open': { type: 'boolean', help: 'cli.serve.opt.noOpen' },
    },
    example: 'cli.serve.example',
    run: async ({ args, lang, io }) => (await cmdServe(args, lang, io)) as ExitCode,
  }),
};

/** The version in the application's package.json (beside the sources, the bundle's folder's parent, or BILAN_APP_ROOT). */
function version(): string {
  const pkg = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** What an error from the system (a file that cannot be written…) says, when no service worded it. */
function systemError(error: unknown): BilanError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  const reasons: Record<string, 'cli.fs.exists' | 'cli.fs.notFound' | 'cli.fs.isFolder' | 'cli.fs.notFolder' | 'cli.fs.denied' | 'cli.fs.full'> = {
    EEXIST: 'cli.fs.exists',
    ENOENT: 'cli.fs.notFound',
    EISDIR: 'cli.fs.isFolder',
    ENOTDIR: 'cli.fs.notFolder',
    ENOTEMPTY: 'cli.fs.isFolder',
    EACCES: 'cli.fs.denied',
    EPERM: 'cli.fs.denied',
    EROFS: 'cli.fs.denied',
    ENOSPC: 'cli.fs.full',
  };
  const reason = reasons[code];
  return new BilanError('cli.fileSystem', { path: path ?? '?', code, reason: (lang) => (reason ? t(lang, reason) : code) }, { cause: error });
}

/** Runs one command line; returns the exit status ({@link EXIT}). Never throws: errors are printed for people. */
export async function run(argv: string[], io: Output, lang: Lang = systemLang(), interactive: Interactive = noTerminal): Promise<ExitCode> {
  // What people read goes through forTerminal: a report's text cannot drive the terminal.
  const screen: Output = { out: (line) => io.out(forTerminal(line, { multiline: true })), err: (line) => io.err(forTerminal(line, { multiline: true })) };
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      const topic = name === 'help' ? args[0] : undefined;
      if (topic === undefined) screen.out(generalHelp(COMMANDS, lang));
      else if (Object.hasOwn(COMMANDS, topic)) screen.out(commandHelp(topic, COMMANDS[topic]!, lang));
      else throw new BilanError('cli.unknownCommand', { command: topic });
      return EXIT.done;
    }
    if (name === '--version' || name === '-v') {
      screen.out(`bilan ${version()}`);
      return EXIT.done;
    }
    if (!Object.hasOwn(COMMANDS, name)) throw new BilanError(name.startsWith('-') ? 'cli.unknownGlobalOption' : 'cli.unknownCommand', { command: name });
    const spec = COMMANDS[name]!;
    const parsed = parseArgs(name, spec, args);
    if (parsed.help) {
      screen.out(commandHelp(name, spec, lang));
      return EXIT.done;
    }
    const call: CommandCall<typeof spec.options> = { ...parsed, args, lang, io: screen, interactive, json: (value) => io.out(JSON.stringify(value, null, 2)) };
    return await spec.run(call);
  } catch (error) {
    const known = error instanceof BilanError ? error : systemError(error);
    if (known) {
      screen.err(known.describe(lang));
      return EXIT.wrong;
    }
    screen.err(t(lang, 'cli.unexpected', { detail: error instanceof Error ? error.message : String(error) }));
    return EXIT.bug;
  }
}
