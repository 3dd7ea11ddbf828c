import { createContext } from 'react';

/**
 * Turns a report's media id into a URL the window may load (for example a blob: URL of the
 * image bytes), or undefined while it is not available. Images in the editor read it from
 * {@link MediaUrlContext}, so nodes stay plain data and the app decides where bytes come from.
 */
export type MediaUrlResolver = (media: string) => string | undefined;

/** The media URL resolver the editor's images use; without a provider, images show their alt. */
export const MediaUrlContext = createContext<MediaUrlResolver>(() => undefined);
