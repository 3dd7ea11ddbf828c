/**
 * Lets the event loop run between two slices of a long export (progress events, cancelling, a
 * responsive window). `setImmediate` rather than a zero timer, which waits at least a
 * millisecond each time.
 */
export const breathe = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
