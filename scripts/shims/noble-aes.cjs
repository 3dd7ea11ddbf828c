// What the bundles give pdfkit in place of @noble/ciphers/aes: the same two functions, loaded
// the first time one is called. pdfkit imports them for encrypted PDFs, which Bilan never
// writes, and the module builds its AES tables as it loads (about 10 ms of every export).
'use strict';

let aes;
const real = () => (aes ??= require('@noble/ciphers/aes'));

module.exports = {
  cbc: (...args) => real().cbc(...args),
  ecb: (...args) => real().ecb(...args),
};
