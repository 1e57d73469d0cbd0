import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from './crc32.js';
import { concatenate } from '../files/bytes.js';

/**
 * Zips built byte by byte, the way a file made to harm a reader is built, not by a zip
 * library (which would refuse to write them). Each follows APPNOTE.TXT's layout; only the
 * one thing each is about is wrong.
 */

export interface CraftedEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly deflate?: boolean;
}

export interface ZipHeader {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly packedSize: number;
  readonly size: number;
}

function localHeader({ name, method, crc, packedSize, size }: ZipHeader): Uint8Array {
  const bytes = new Uint8Array(30 + name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(8, method, true);
  view.setUint32(14, crc, true);
  view.setUint32(18, packedSize, true);
  view.setUint32(22, size, true);
  view.setUint16(26, name.length, true);
  bytes.set(name, 30);
  return bytes;
}

function centralRecord({ name, method, crc, packedSize, size }: ZipHeader, localStart: number): Uint8Array {
  const bytes = new Uint8Array(46 + name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, 20, true);
  view.setUint16(10, method, true);
  view.setUint32(16, crc, true);
  view.setUint32(20, packedSize, true);
  view.setUint32(24, size, true);
  view.setUint16(28, name.length, true);
  view.setUint32(42, localStart, true);
  bytes.set(name, 46);
  return bytes;
}

function endRecord(count: number, directorySize: number, directoryStart: number): Uint8Array {
  const bytes = new Uint8Array(22);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, Math.min(count, 0xffff), true);
  view.setUint16(10, Math.min(count, 0xffff), true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, directoryStart, true);
  return bytes;
}

export interface Tampering {
  /** Changes an entry's header as the central directory gives it. */
  readonly central?: (index: number, header: ZipHeader) => ZipHeader;
  /** Changes it as its local header gives it. */
  readonly local?: (index: number, header: ZipHeader) => ZipHeader;
}

/** A well-formed zip of these entries, unless `tampering` changes what one of the two headers says. */
export function craftZip(entries: readonly CraftedEntry[], tampering: Tampering = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let at = 0;
  entries.forEach((entry, index) => {
    const packed = entry.deflate === true ? deflateSync(entry.data) : entry.data;
    const header: ZipHeader = {
      name: strToU8(entry.name),
      method: entry.deflate === true ? 8 : 0,
      crc: crc32(entry.data),
      packedSize: packed.length,
      size: entry.data.length,
    };
    const local = localHeader(tampering.local?.(index, header) ?? header);
    central.push(centralRecord(tampering.central?.(index, header) ?? header, at));
    parts.push(local, packed);
    at += local.length + packed.length;
  });
  const directory = concatenate(central);
  return concatenate([...parts, directory, endRecord(entries.length, directory.length, at)]);
}

/**
 * About 140 bytes whose ZIP64 end record claims 4,294,967,295 entries: a reader that lists
 * before it counts (fflate's unzipSync, with a filter that unpacks nothing) loops for minutes.
 */
export function zip64EntryCountLie(): Uint8Array {
  const entry = { name: strToU8('manifest.json'), method: 0, crc: crc32(new Uint8Array()), packedSize: 0, size: 0 };
  const local = localHeader(entry);
  const record = new Uint8Array(56);
  const view = new DataView(record.buffer);
  view.setUint32(0, 0x06064b50, true);
  view.setBigUint64(4, 44n, true);
  view.setBigUint64(24, 0xffffffffn, true);
  view.setBigUint64(32, 0xffffffffn, true);
  view.setBigUint64(40, 0n, true);
  // The central directory "starts" past the end: a lenient reader reads zeros there, one empty entry after another.
  view.setBigUint64(48, 0x10000n, true);
  const locator = new Uint8Array(20);
  const locatorView = new DataView(locator.buffer);
  locatorView.setUint32(0, 0x07064b50, true);
  locatorView.setBigUint64(8, BigInt(local.length), true);
  locatorView.setUint32(16, 1, true);
  const end = endRecord(0xffff, 0xffffffff, 0xffffffff);
  return concatenate([local, record, locator, end]);
}

/**
 * Entries that overlap, as in the non-recursive zip bomb (Fifield, 2019): each entry's
 * stored data runs on over the local headers and data of every entry after it, so `count`
 * entries unpack to about `count` times the file's size, from well-formed headers that agree.
 */
export function overlappingEntries(names: readonly string[], kernel: Uint8Array): Uint8Array {
  // Built from the last entry back: each entry's data is every later entry, headers and all, then the kernel.
  const headers: Uint8Array[] = [];
  const centralHeaders: ZipHeader[] = [];
  let tail = kernel;
  for (let index = names.length - 1; index >= 0; index--) {
    const header: ZipHeader = {
      name: strToU8(names[index]!),
      method: 0,
      crc: crc32(tail),
      packedSize: tail.length,
      size: tail.length,
    };
    const local = localHeader(header);
    headers.unshift(local);
    centralHeaders.unshift(header);
    tail = concatenate([local, tail]);
  }
  const body = tail;
  let at = 0;
  const central = centralHeaders.map((header, index) => {
    const record = centralRecord(header, at);
    at += headers[index]!.length;
    return record;
  });
  const directory = concatenate(central);
  return concatenate([body, directory, endRecord(names.length, directory.length, body.length)]);
}

/** Many central records, each its own name, all pointing at the one local header and its data. */
export function sharedLocalHeader(names: readonly string[], data: Uint8Array): Uint8Array {
  const header: ZipHeader = {
    name: strToU8(names[0]!),
    method: 0,
    crc: crc32(data),
    packedSize: data.length,
    size: data.length,
  };
  const local = localHeader(header);
  const central = names.map((name) => centralRecord({ ...header, name: strToU8(name) }, 0));
  const directory = concatenate(central);
  const body = concatenate([local, data]);
  return concatenate([body, directory, endRecord(names.length, directory.length, body.length)]);
}
