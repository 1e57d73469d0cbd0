import { Inflate, strFromU8 } from 'fflate';
import type { ByteSource } from './byte-source.js';
import { crc32 } from './crc32.js';

/**
 * A strict reader for the zips the app writes, for files that may have been made to harm it.
 * A general unzipper trusts what a zip says of itself; this one believes nothing it cannot
 * check against the bytes (APPNOTE.TXT 6.3, the zip specification):
 *
 * - the entry count is checked against the limit and against the room the central directory
 *   has before a single entry is listed, so a 100-byte file claiming four billion entries
 *   costs nothing;
 * - each entry's local header must agree with its central directory record (name, method,
 *   sizes and checksum), as zips written by one program always do; a zip written as a stream
 *   gives sizes and checksum after the data, in a data descriptor, which must agree too;
 * - the packed bytes of the entries may not overlap, and lie inside the file before the
 *   central directory, so the packed sizes add up to no more than the file: many entries
 *   cannot share one small run of bytes to unpack a hundred times over;
 * - an entry unpacks to exactly its declared size, never a byte more, and matches its CRC-32.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated: the only two methods the app writes. */
  readonly method: 0 | 8;
  readonly packedSize: number;
  readonly size: number;
  readonly crc32: number;
  /** Where the entry's local header begins in the file, and where its packed bytes begin. */
  readonly headerStart: number;
  readonly dataStart: number;
  /** Where its stretch of the file ends: after its packed bytes, and its data descriptor when it has one. */
  readonly dataEnd: number;
}

/**
 * Why a zip was refused: `damaged` (cut short, or its parts disagree), `too-many-entries`
 * (more than the limit, or than the file has room for), `overlapping` (entries sharing packed
 * bytes), `unsupported` (encryption, spanning or a method the app never writes).
 */
export type ZipFault = 'damaged' | 'too-many-entries' | 'overlapping' | 'unsupported';

export type ZipListing =
  { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly fault: ZipFault };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const CENTRAL_HEADER_BYTES = 46;
const LOCAL_HEADER_BYTES = 30;
const MAX_COMMENT_BYTES = 0xffff;
/** General-purpose flag bits: 0 encrypted, 3 sizes in a data descriptor after the data, 6 strong encryption. */
const ENCRYPTED = 0x0001 | 0x0040;
const DATA_DESCRIPTOR = 0x0008;
const UTF8_NAME = 0x0800;

/** The central directory is read whole; the app's files need a few kilobytes, 50,000 entries about 6 MB. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
const DATA_DESCRIPTOR_BYTES = 16;
const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;

/** The entries of a zip, every one checked against the bytes; none is unpacked. */
export async function listZipEntries(source: ByteSource, maxEntries: number): Promise<ZipListing> {
  // The end record, its comment and, before them, room for a ZIP64 locator.
  const tailLength = Math.min(source.size, END_RECORD_BYTES + MAX_COMMENT_BYTES + 20);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const endInTail = findEndRecord(tailView);
  if (endInTail === undefined) return { ok: false, fault: 'damaged' };
  const end = tailStart + endInTail;
  const count = tailView.getUint16(endInTail + 10, true);
  const directorySize = tailView.getUint32(endInTail + 12, true);
  const directoryStart = tailView.getUint32(endInTail + 16, true);
  const isZip64 =
    count === 0xffff ||
    directorySize === 0xffffffff ||
    directoryStart === 0xffffffff ||
    (endInTail >= 20 && tailView.getUint32(endInTail - 20, true) === ZIP64_LOCATOR);
  // ZIP64 is for archives over 4 GB or 65,535 entries: the app writes neither. Its count is read only to say which limit it breaks.
  if (isZip64)
    return {
      ok: false,
      fault: (await zip64Count(source, tailView, endInTail)) > maxEntries ? 'too-many-entries' : 'unsupported',
    };
  if (
    tailView.getUint16(endInTail + 4, true) !== 0 ||
    tailView.getUint16(endInTail + 6, true) !== 0 ||
    tailView.getUint16(endInTail + 8, true) !== count
  )
    return { ok: false, fault: 'unsupported' };
  if (count > maxEntries || count * CENTRAL_HEADER_BYTES > directorySize)
    return { ok: false, fault: count > maxEntries ? 'too-many-entries' : 'damaged' };
  if (directoryStart + directorySize > end) return { ok: false, fault: 'damaged' };
  if (directorySize > MAX_DIRECTORY_BYTES) return { ok: false, fault: 'too-many-entries' };

  const directory = await source.read(directoryStart, directorySize);
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    const read = await readCentralRecord(source, directory, view, at, directoryStart);
    if (!read.ok) return read;
    // A zip is written front to back and listed in that order; one listed out of order would make a reader jump about the file.
    const previous = entries.at(-1);
    if (previous !== undefined && read.entry.headerStart < previous.headerStart) return { ok: false, fault: 'damaged' };
    entries.push(read.entry);
    at = read.next;
  }
  if (at !== directorySize) return { ok: false, fault: 'damaged' };
  return noOverlaps(entries, directoryStart) ? { ok: true, entries } : { ok: false, fault: 'overlapping' };
}

/**
 * The entry's bytes, or undefined when they do not unpack to exactly its declared size with
 * its CRC-32. Deflated data is fed a little at a time, so a stream that would unpack to more
 * than declared stops within a few megabytes of the limit instead of after filling memory.
 */
export async function unpackZipEntry(source: ByteSource, entry: ZipEntry): Promise<Uint8Array | undefined> {
  const packed = await source.read(entry.dataStart, entry.packedSize);
  if (packed.length !== entry.packedSize) return undefined;
  const unpacked = entry.method === 0 ? packed : inflateAtMost(packed, entry.size);
  return unpacked !== undefined && unpacked.length === entry.size && crc32(unpacked) === entry.crc32
    ? unpacked
    : undefined;
}

/** Deflate's longest possible expansion is about 1,032 to 1: 16 KB in gives at most about 16 MB out at a time. */
const INFLATE_STEP = 16 * 1024;

/** Deflated bytes unpacked to at most `size`; `produced` hears how much came out in all, for the tests. */
export function inflateAtMost(
  packed: Uint8Array,
  size: number,
  produced: (bytes: number) => void = () => undefined,
): Uint8Array | undefined {
  const out = new Uint8Array(size);
  const state = { written: 0, overflow: false, finished: false };
  const inflate = new Inflate((chunk, final) => {
    produced(chunk.length);
    if (state.written + chunk.length > size) state.overflow = true;
    else out.set(chunk, state.written);
    state.written += chunk.length;
    state.finished ||= final;
  });
  try {
    for (let at = 0; at < packed.length && !state.overflow; at += INFLATE_STEP)
      inflate.push(packed.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= packed.length);
    if (packed.length === 0) inflate.push(packed, true);
  } catch {
    return undefined;
  }
  return state.overflow || !state.finished ? undefined : out.subarray(0, state.written);
}

/** The end record is the last thing in a zip, followed only by its comment. */
function findEndRecord(view: DataView): number | undefined {
  const last = view.byteLength - END_RECORD_BYTES;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT_BYTES; at--) {
    if (
      view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY &&
      at + END_RECORD_BYTES + view.getUint16(at + 20, true) === view.byteLength
    )
      return at;
  }
  return undefined;
}

async function zip64Count(source: ByteSource, tailView: DataView, endInTail: number): Promise<number> {
  if (endInTail < 20 || tailView.getUint32(endInTail - 20, true) !== ZIP64_LOCATOR)
    return tailView.getUint16(endInTail + 10, true);
  const record = Number(tailView.getBigUint64(endInTail - 12, true));
  if (record + 56 > source.size) return Number.POSITIVE_INFINITY;
  const bytes = await source.read(record, 56);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY) return Number.POSITIVE_INFINITY;
  return Number(view.getBigUint64(32, true));
}

type CentralRecord =
  | { readonly ok: true; readonly entry: ZipEntry; readonly next: number }
  | { readonly ok: false; readonly fault: ZipFault };

async function readCentralRecord(
  source: ByteSource,
  directory: Uint8Array,
  view: DataView,
  at: number,
  directoryStart: number,
): Promise<CentralRecord> {
  if (at + CENTRAL_HEADER_BYTES > view.byteLength || view.getUint32(at, true) !== CENTRAL_DIRECTORY_HEADER)
    return { ok: false, fault: 'damaged' };
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const crc = view.getUint32(at + 16, true);
  const packedSize = view.getUint32(at + 20, true);
  const size = view.getUint32(at + 24, true);
  const nameLength = view.getUint16(at + 28, true);
  const next = at + CENTRAL_HEADER_BYTES + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  const localStart = view.getUint32(at + 42, true);
  if (next > view.byteLength) return { ok: false, fault: 'damaged' };
  if ((flags & ENCRYPTED) !== 0 || (method !== 0 && method !== 8) || view.getUint16(at + 34, true) !== 0)
    return { ok: false, fault: 'unsupported' };
  if (method === 0 && packedSize !== size) return { ok: false, fault: 'damaged' };
  const nameBytes = directory.subarray(at + CENTRAL_HEADER_BYTES, at + CENTRAL_HEADER_BYTES + nameLength);

  // The local header must say the same as the central directory: a zip whose two lists disagree was not written by the app.
  if (localStart + LOCAL_HEADER_BYTES + nameLength > directoryStart) return { ok: false, fault: 'damaged' };
  const local = await source.read(localStart, LOCAL_HEADER_BYTES + nameLength);
  const localView = new DataView(local.buffer, local.byteOffset, local.byteLength);
  if (local.length < LOCAL_HEADER_BYTES + nameLength || localView.getUint32(0, true) !== LOCAL_FILE_HEADER)
    return { ok: false, fault: 'damaged' };
  const localFlags = localView.getUint16(6, true);
  const localNameLength = localView.getUint16(26, true);
  const dataStart = localStart + LOCAL_HEADER_BYTES + localNameLength + localView.getUint16(28, true);
  const sizesHere = (localFlags & DATA_DESCRIPTOR) === 0;
  const sizesAgree = (sizes: DataView, from: number) =>
    sizes.getUint32(from, true) === crc &&
    sizes.getUint32(from + 4, true) === packedSize &&
    sizes.getUint32(from + 8, true) === size;
  const agrees =
    localView.getUint16(8, true) === method &&
    (localFlags & ENCRYPTED) === 0 &&
    localNameLength === nameLength &&
    sameBytes(local.subarray(LOCAL_HEADER_BYTES), nameBytes) &&
    (!sizesHere || sizesAgree(localView, 14));
  // A zip written as a stream gives the sizes after the data, in a descriptor that must say the same again.
  const dataEnd = dataStart + packedSize + (sizesHere ? 0 : DATA_DESCRIPTOR_BYTES);
  if (!agrees || dataEnd > directoryStart) return { ok: false, fault: 'damaged' };
  if (!sizesHere) {
    const descriptor = await source.read(dataStart + packedSize, DATA_DESCRIPTOR_BYTES);
    const descriptorView = new DataView(descriptor.buffer, descriptor.byteOffset, descriptor.byteLength);
    if (
      descriptor.length !== DATA_DESCRIPTOR_BYTES ||
      descriptorView.getUint32(0, true) !== DATA_DESCRIPTOR_SIGNATURE ||
      !sizesAgree(descriptorView, 4)
    )
      return { ok: false, fault: 'damaged' };
  }
  const name = nameOf(nameBytes, (flags & UTF8_NAME) !== 0);
  return {
    ok: true,
    entry: { name, method, packedSize, size, crc32: crc, headerStart: localStart, dataStart, dataEnd },
    next,
  };
}

/**
 * Each entry's local header and packed bytes take their own stretch of the file: sorted by
 * where they start, each begins at or after the end of the one before.
 */
function noOverlaps(entries: readonly ZipEntry[], directoryStart: number): boolean {
  const stretches = entries
    .map((entry) => ({ start: entry.headerStart, end: entry.dataEnd }))
    .sort((a, b) => a.start - b.start);
  let reached = 0;
  for (const { start, end } of stretches) {
    if (start < reached) return false;
    reached = end;
  }
  return reached <= directoryStart;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** Names as written: UTF-8 when the flag says so or the bytes are plain ASCII, otherwise marked as unreadable. */
function nameOf(nameBytes: Uint8Array, utf8: boolean): string {
  const ascii = nameBytes.every((byte) => byte < 0x80);
  if (ascii || utf8) {
    try {
      return strFromU8(nameBytes);
    } catch {
      return '\uFFFD';
    }
  }
  return String.fromCharCode(...nameBytes.subarray(0, 200)).replace(/[\u0080-\u00ff]/gu, '\uFFFD');
}
