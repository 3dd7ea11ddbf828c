import type { Lang } from '../model/localized.js';
import { t, type MessageKey, type MessageParams } from './i18n.js';

/**
 * An error the user can act on. It carries a message key and its parameters rather than a
 * sentence, so that the same error is shown in French or English wherever it surfaces.
 */
export class BilanError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    options?: { cause?: unknown },
  ) {
    super(t('en', key, params), options);
    this.name = 'BilanError';
  }

  /** The message in the user's language. */
  describe(lang: Lang): string {
    return t(lang, this.key, this.params);
  }
}

/** Tells whether a value is a BilanError (also across module copies). */
export function isBilanError(e: unknown): e is BilanError {
  return e instanceof BilanError;
}
