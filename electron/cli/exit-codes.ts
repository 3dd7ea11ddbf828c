import type { MessageKey } from '../../shared/i18n/i18n.js';

/**
 * The exit status of every `bilan` command, one table for all of them: scripts and CI test it,
 * `bilan help` prints it, the README lists it.
 */
export const EXIT = {
  /** What was asked is done (for `validate`: nothing blocks publication). */
  done: 0,
  /**
   * The command ran on a sound file, but something in the report stands in the way: `validate`
   * found what blocks publication, `merge` left conflicts, or `export` was refused because texts
   * are missing (`--allow-missing` exports anyway). Nothing half-written was left.
   */
  blocked: 1,
  /**
   * The command line or a file is wrong: an unknown command or option, a missing value, a file
   * that does not exist, cannot be read or written, or is a folder where a file is expected.
   * Nothing was changed.
   */
  wrong: 2,
  /** Bilan itself failed (a bug, not the user's doing): the message asks to report it. */
  bug: 3,
} as const;

/** One of the exit statuses of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What each status means, as `bilan help` prints it. */
export const EXIT_MEANINGS: Record<keyof typeof EXIT, MessageKey> = {
  done: 'cli.exit.done',
  blocked: 'cli.exit.blocked',
  wrong: 'cli.exit.wrong',
  bug: 'cli.exit.bug',
};
