/** The report model: schemas checked at run time, and the types inferred from them. */
export * from './limits.js';
export * from './localized.js';
export * from './richtext.js';
export * from './template.js';
export * from './report.js';
