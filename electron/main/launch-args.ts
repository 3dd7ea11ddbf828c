/**
 * The report file a command line asks to open: what the system passes when the user
 * double-clicks a `.bilan` file (Windows, Linux), for the first instance or a second one.
 */
export function reportFromArgv(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && /\.bilan$/i.test(arg));
}
