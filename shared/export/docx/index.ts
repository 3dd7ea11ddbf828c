/** The DOCX renderer: a document layout in, the bytes of a Word file out. */
export { renderDocx, type DocxOptions } from './render.js';
