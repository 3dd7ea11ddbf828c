import type { ZipEntryInfo } from './container.js';

// The central directory of a zip, read as declared: what both of the container's readers (fflate
// in shared code, Node's zlib in the main process) check entries against.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The value of a size or offset that ZIP64 moves to an extra field. */
export const ZIP64 = 0xffffffff;
/** An entry as the central directory declares it. */
export interface ZipDirectoryEntry extends ZipEntryInfo {
  flags: number;
  crc: number;
  compressedSize: number;
  offset: number;
}

/** Where the end-of-central-directory record starts: searched from the end, past a comment of up to 64 KB. */
function endOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Error('zip: no end-of-central-directory record (the file is truncated or not a zip)');
}

/** The entries of the central directory, in its order; throws if it lies outside the file. */
export function zipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0 || view.getUint16(end + 8, true) !== count) {
    throw new Error('zip: archives split over several disks are not supported');
  }
  if (count === 0xffff || size === ZIP64 || start === ZIP64) throw new Error('zip: ZIP64 archives are not supported');
  const limit = start + size;
  if (limit > end) throw new Error('zip: the central directory runs past its end record');
  const names = new TextDecoder();
  const entries: ZipDirectoryEntry[] = [];
  for (let i = 0, at = start; i < count; i++) {
    if (at + 46 > limit || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error(`zip: central directory entry ${i + 1} is damaged`);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > limit) throw new Error(`zip: central directory entry ${i + 1} runs past the directory`);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      compression: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      originalSize: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}
