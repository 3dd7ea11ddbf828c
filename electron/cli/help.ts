import { t } from '../../shared/i18n/i18n.js';
import type { Lang } from '../../shared/model/localized.js';
import type { CliCommand } from './command.js';
import { EXIT, EXIT_MEANINGS } from './exit-codes.js';

/** Two columns: names padded to the longest, so that the descriptions line up. */
function columns(rows: [string, string][], indent = '  '): string[] {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, text]) => `${indent}${name.padEnd(width)}   ${text}`);
}

/** `bilan export FILE --out PATH [--format pdf,docx]…`, made from the command's own options. */
export function usageLine(name: string, command: CliCommand, lang: Lang): string {
  const parts = ['bilan', name];
  if (command.args) parts.push(t(lang, command.args));
  for (const [long, spec] of Object.entries(command.options)) {
    const option = spec.type === 'string' && spec.value ? `--${long} ${t(lang, spec.value)}` : `--${long}`;
    parts.push(spec.required ? option : `[${option}]`);
  }
  return parts.join(' ');
}

/** `bilan help`: the commands, the common options, the exit statuses. */
export function generalHelp(commands: Readonly<Record<string, CliCommand>>, lang: Lang): string {
  const rows: [string, string][] = Object.entries(commands).map(([name, command]) => [name, t(lang, command.summary, command.helpParams?.() ?? {})]);
  rows.push([`help [${t(lang, 'cli.value.command')}]`, t(lang, 'cli.help.helpCommand')]);
  const exits = (Object.keys(EXIT) as (keyof typeof EXIT)[]).map((k): [string, string] => [String(EXIT[k]), t(lang, EXIT_MEANINGS[k])]);
  return [
    t(lang, 'cli.help.title'),
    '',
    t(lang, 'cli.help.usage'),
    '',
    t(lang, 'cli.help.commands'),
    ...columns(rows),
    '',
    t(lang, 'cli.help.options'),
    ...columns([
      ['-h, --help', t(lang, 'cli.opt.help')],
      ['-v, --version', t(lang, 'cli.opt.version')],
    ]),
    '',
    t(lang, 'cli.help.exit'),
    ...columns(exits),
    '',
    t(lang, 'cli.help.language'),
  ].join('\n');
}

/** A summary from the commands' list, as a sentence of its own. */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** `bilan help COMMAND`, or `bilan COMMAND --help`: its usage, what it does, its options. */
export function commandHelp(name: string, command: CliCommand, lang: Lang): string {
  const params = command.helpParams?.() ?? {};
  const options: [string, string][] = Object.entries(command.options).map(([long, spec]) => [
    `${spec.short ? `-${spec.short}, ` : '    '}--${long}${spec.type === 'string' && spec.value ? ` ${t(lang, spec.value)}` : ''}`,
    t(lang, spec.help, params),
  ]);
  options.push(['-h, --help', t(lang, 'cli.opt.help')]);
  return [
    t(lang, 'cli.help.commandUsage', { usage: usageLine(name, command, lang) }),
    '',
    sentence(t(lang, command.summary, params)),
    '',
    t(lang, 'cli.help.options'),
    ...columns(options),
    ...(command.example ? ['', t(lang, 'cli.help.example', { example: t(lang, command.example) })] : []),
    '',
    t(lang, 'cli.help.exitSee'),
  ].join('\n');
}
