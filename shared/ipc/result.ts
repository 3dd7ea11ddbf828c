/**
 * Replies that cross the IPC boundary never throw: they are either a value or an error the
 * renderer can show. An exception thrown in the main process would reach the renderer as an
 * untyped, English-only string, so the service turns every failure into an {@link ApiError}.
 */

/** A value in each of the report languages. */
export interface ByLang<T> {
  fr: T;
  en: T;
}

/**
 * An error the user can act on: a message key (for code and tests) and the message in both
 * languages, so the screen can keep showing it when the user switches language.
 */
export interface ApiError {
  key: string;
  message: ByLang<string>;
}

/** The reply of every IPC method: `{ ok: true, value }` or `{ ok: false, error }`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A successful reply. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed reply. */
export function fail<T = never>(error: ApiError): Result<T> {
  return { ok: false, error };
}
