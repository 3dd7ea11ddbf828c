/** The contract between the main process and the renderer. */
export type * from './api.js';
export type * from './dto.js';
export * from './result.js';
export * from './channels.js';
