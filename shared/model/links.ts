/**
 * Which links a report may hold, apart from the schemas (the renderer checks links as they are
 * typed without loading the schema library).
 */

/** URL schemes a link may use: anything else (javascript:, data:, file:) is refused on open. */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

/** Tells whether a string is an absolute link with one of the allowed schemes. */
export function isSafeUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (LINK_SCHEMES as readonly string[]).includes(parsed.protocol);
  } catch {
    return false;
  }
}
