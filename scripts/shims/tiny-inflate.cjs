// What the bundles use in place of tiny-inflate: the same function (raw DEFLATE data inflated
// into `dest`; a shorter result is returned as a shorter copy) done by Node's zlib. fontkit and
// unicode-trie inflate their Unicode tables with it when they load, on every export: in pure
// JavaScript that took about 40 ms of the sample's export, natively a few.
'use strict';
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  if (out.length >= dest.length) {
    dest.set(out.subarray(0, dest.length));
    return dest;
  }
  dest.set(out);
  return dest.slice(0, out.length);
};
