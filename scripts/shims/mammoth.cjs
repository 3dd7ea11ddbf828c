// What the bundles give the DOCX import in place of mammoth: the same exports, mammoth itself
// loaded the first time one is read. Loading it evaluates mammoth, xmldom (whose entity table
// alone is large), jszip and underscore: some 25 ms of every command's start, and of the export
// worker's, that only a Word import uses. tests/cli/startup-shims.test.ts checks that the names
// are mammoth's.
'use strict';

let mammoth;
const real = () => (mammoth ??= require('mammoth'));

const NAMES = ['convertToHtml', 'convertToMarkdown', 'convert', 'extractRawText', 'images', 'transforms', 'underline', 'embedStyleMap', 'readEmbeddedStyleMap', 'styleMapping'];
for (const name of NAMES) Object.defineProperty(module.exports, name, { enumerable: true, get: () => real()[name] });
