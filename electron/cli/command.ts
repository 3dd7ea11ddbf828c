import type { MessageKey, MessageParams } from '../../shared/i18n/i18n.js';
import type { Lang } from '../../shared/model/localized.js';
import type { ExitCode } from './exit-codes.js';

/** Where a command prints: lines for people on stdout and stderr. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Questions to a person at a terminal; without one (`canAsk` false), every answer is no. */
export interface Interactive {
  readonly canAsk: boolean;
  confirm(question: string): Promise<boolean>;
}

/** One option of a command, as the parser reads it and the help shows it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** One letter, `-o` for `--out`: the same letter means the same option in every command. */
  short?: string;
  /** The name of its value in the help and in messages (FILE, fr,en), for a string option. */
  value?: MessageKey;
  /** Shown without brackets in the usage: the command refuses to run without it. */
  required?: boolean;
  /** What it does, one line of `bilan help COMMAND`. */
  help: MessageKey;
}

/** A command's options by long name (`out` for `--out`). */
export type OptionSpecs = Record<string, OptionSpec>;

/** The values given for a command's options: text for a string option, true for a flag. */
export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };

/** What a command receives to run. */
export interface CommandCall<O extends OptionSpecs> {
  values: OptionValues<O>;
  positionals: string[];
  /** The arguments as given, for a command that reads them itself. */
  args: string[];
  lang: Lang;
  /** Lines for people: control characters and escape sequences are removed as they are printed. */
  io: Output;
  /** Machine-readable output (`--json`), printed on stdout as it is: JSON escapes what it must. */
  json(value: unknown): void;
  interactive: Interactive;
}

/**
 * One `bilan` command: its arguments and options (from which the parser and the help are
 * made) and what it does. Commands are registered in COMMANDS (commands.ts), one entry each.
 */
export interface CliCommand<O extends OptionSpecs = OptionSpecs> {
  /** One line for `bilan help`. */
  summary: MessageKey;
  /** Its positional arguments as the usage names them (FILE PACKAGE…), if any. */
  args?: MessageKey;
  /** How many positional arguments it takes at most (Infinity for a list). */
  maxPositionals: number;
  options: O;
  /** A command line that works, shown by `bilan help COMMAND`. */
  example?: MessageKey;
  /** Values for the placeholders of its help texts (the template names…). */
  helpParams?(): MessageParams;
  run(call: CommandCall<O>): Promise<ExitCode> | ExitCode;
}

/** Declares a command, its option values typed from its options. */
export function command<O extends OptionSpecs>(spec: CliCommand<O>): CliCommand<O> {
  return spec;
}
