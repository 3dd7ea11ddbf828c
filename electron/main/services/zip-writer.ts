import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipPart } from '../../../shared/format/container.js';

/** The date and time of a zip entry, in MS-DOS form (two-second steps, local time). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * Writes a zip archive with Node's own zlib: the same format fflate writes (UTF-8 names,
 * deflate or stored), several times faster on the megabytes of fonts a DOCX embeds. The parts
 * keep their order. Every entry is dated `when` (local time, as fflate does), so a fixed date
 * gives the same bytes for the same parts: report containers pass one. Not for archives of
 * 4 GB or more (no ZIP64), which no export or report comes near.
 */
export function zipParts(parts: readonly ZipPart[], when = new Date()): Uint8Array {
  const stamp = dosDateTime(when);
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.path, 'utf8');
    const method = part.level > 0 ? 8 : 0;
    const data = method === 8 ? deflateRawSync(part.bytes, { level: part.level }) : part.bytes;
    const crc = crc32(part.bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(part.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 28); // flag, method, time, date, crc, sizes, name length
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    chunks.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
