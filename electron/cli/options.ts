import { BilanError } from '../../shared/i18n/errors.js';
import { t } from '../../shared/i18n/i18n.js';
import type { CliCommand, OptionSpec, OptionSpecs, OptionValues } from './command.js';

/** What the parser read from a command's arguments. */
export interface ParsedArgs<O extends OptionSpecs> {
  values: OptionValues<O>;
  positionals: string[];
  /** `--help` or `-h` was given: the command's help is printed, nothing else is done. */
  help: boolean;
}

/** The long name and spec of `--name` or `-n`, if the command has it. */
function find(options: OptionSpecs, token: string): [string, OptionSpec] | undefined {
  if (token.startsWith('--')) {
    const name = token.slice(2);
    return Object.hasOwn(options, name) ? [name, options[name]!] : undefined;
  }
  return Object.entries(options).find(([, spec]) => spec.short !== undefined && token === `-${spec.short}`);
}

/** Whether an argument is an option rather than a value (a lone `-` is a value). */
const isOption = (arg: string) => arg.length > 1 && arg.startsWith('-');

/**
 * Reads a command's arguments against its options: `--name value`, `--name=value`, `-n value`,
 * `-nvalue`, flags, and `--` before arguments that start with a dash. Every mistake is a
 * BilanError naming the option and the command, worded in the user's language (Node's
 * parseArgs words its errors in English only).
 */
export function parseArgs<O extends OptionSpecs>(name: string, command: CliCommand<O>, args: readonly string[]): ParsedArgs<O> {
  const end = args.indexOf('--');
  if ((end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')) return { values: {}, positionals: [], help: true };
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const seen = new Set<string>();
  const params = (option: string) => ({ option, command: name });
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (i === end) {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!isOption(arg)) {
      positionals.push(arg);
      continue;
    }
    // --name=value, or -nvalue for a short option that takes a value.
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    let token = equals > 0 ? arg.slice(0, equals) : arg;
    let inline = equals > 0 ? arg.slice(equals + 1) : undefined;
    let found = find(command.options, token);
    if (!found && !arg.startsWith('--') && arg.length > 2) {
      const short = find(command.options, arg.slice(0, 2));
      if (short?.[1].type === 'string') [found, token, inline] = [short, arg.slice(0, 2), arg.slice(2)];
    }
    if (!found) throw new BilanError('cli.unknownOption', params(token));
    const [long, spec] = found;
    if (seen.has(long)) throw new BilanError('cli.repeatedOption', params(`--${long}`));
    seen.add(long);
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new BilanError('cli.noValue', params(token));
      values[long] = true;
      continue;
    }
    const next = args[i + 1];
    const value = inline ?? (next !== undefined && i + 1 !== end && !isOption(next) ? next : undefined);
    if (value === undefined || value === '') throw new BilanError('cli.missingValue', { ...params(token), value: (lang) => (spec.value ? t(lang, spec.value) : '…') });
    if (inline === undefined) i++;
    values[long] = value;
  }
  if (positionals.length > command.maxPositionals) {
    throw new BilanError('cli.unexpectedArgument', { command: name, argument: positionals[command.maxPositionals]! });
  }
  return { values: values as OptionValues<O>, positionals, help: false };
}
