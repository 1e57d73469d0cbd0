import { concatenate } from '../files/bytes.js';

/**
 * Images with nothing kept but the picture: what a phone or a camera adds beside it (EXIF with
 * its GPS position and time, XMP, IPTC, comments, thumbnails, a motion photo's video or a
 * multi-picture file's second image after the end of the first) is dropped, by keeping only
 * the parts a decoder needs, not by removing the parts known to carry data: a kind of
 * metadata nobody has thought of yet is dropped too.
 *
 * JPEG (ITU T.81), PNG (ISO 15948), GIF (GIF89a) and WebP (RIFF) are read; anything else is
 * undefined. A JPEG's orientation is the one fact about a photo worth keeping (phones store
 * upright photos sideways and say so in EXIF): it is always read, and where asked written back
 * as an EXIF block holding that tag alone.
 */

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp';

export interface CleanImage {
  readonly format: ImageFormat;
  readonly bytes: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
  /** EXIF orientation, 1 to 8 (1 upright); always 1 but for JPEG. */
  readonly orientation: number;
}

/** The format, from the first bytes; undefined when it is none the app reads. */
export function imageFormat(bytes: Uint8Array): ImageFormat | undefined {
  const starts = (signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return undefined;
}

export interface CleanOptions {
  /** Keep a JPEG's orientation as an EXIF block of that tag alone: for pictures kept in the app, which show them upright. */
  readonly keepOrientation: boolean;
}

export function withoutMetadata(bytes: Uint8Array, { keepOrientation }: CleanOptions): CleanImage | undefined {
  try {
    switch (imageFormat(bytes)) {
      case 'jpeg':
        return jpeg(bytes, keepOrientation);
      case 'png':
        return png(bytes);
      case 'gif':
        return gif(bytes);
      case 'webp':
        return webp(bytes);
      case undefined:
        return undefined;
    }
  } catch (error) {
    // A file cut short reads past its end: it is not a picture the app can keep.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/* ---------- JPEG ---------- */

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

/**
 * Segments a decoder needs, besides the frame, tables and scans: the colour profile (APP2
 * "ICC_PROFILE") and Adobe's colour transform (APP14). Every other APPn (APP0 JFIF with its
 * thumbnail, APP1 EXIF and XMP, APP2 MPF, APP13 IPTC, …) and every comment (COM) goes.
 */
function keepJpegSegment(marker: number, body: Uint8Array): boolean {
  if (marker === 0xfe) return false;
  if (marker === 0xe2) return ascii(body.subarray(0, 12)) === 'ICC_PROFILE\0';
  if (marker === 0xee) return ascii(body.subarray(0, 5)) === 'Adobe';
  return !(marker >= 0xe0 && marker <= 0xef);
}

function jpeg(bytes: Uint8Array, keepOrientation: boolean): CleanImage | undefined {
  const view = viewOf(bytes);
  const kept: Uint8Array[] = [];
  let widthPx = 0;
  let heightPx = 0;
  let orientation = 1;
  let offset = 2;
  while (offset < bytes.length) {
    // Stray bytes between segments: decoders (libjpeg) skip to the next marker, and so does this.
    if (bytes[offset] !== 0xff) {
      const marker = bytes.indexOf(0xff, offset);
      if (marker < 0) break;
      offset = marker;
    }
    // Fill bytes: any number of 0xFF may stand before a marker.
    while (bytes[offset + 1] === 0xff) offset++;
    const marker = bytes[offset + 1] ?? EOI;
    if (marker === EOI) break;
    if (marker === SOI || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      kept.push(bytes.subarray(offset, offset + 2));
      offset += 2;
      continue;
    }
    const length = view.getUint16(offset + 2);
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return undefined;
    const body = bytes.subarray(offset + 4, end);
    const isFrameHeader = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrameHeader && length >= 7) {
      heightPx = view.getUint16(offset + 5);
      widthPx = view.getUint16(offset + 7);
    }
    if (marker === 0xe1) orientation = exifOrientation(body) ?? orientation;
    if (keepJpegSegment(marker, body)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (marker === SOS) {
      // The scan's coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      const scanEnd = endOfScan(bytes, offset);
      kept.push(bytes.subarray(offset, scanEnd));
      offset = scanEnd;
    }
  }
  if (widthPx === 0 || heightPx === 0) return undefined;
  // Everything after the end-of-image marker (a motion photo's video, a second picture with its own EXIF) is left behind.
  const exif = orientation === 1 || !keepOrientation ? [] : [orientationOnlyExif(orientation)];
  return {
    format: 'jpeg',
    bytes: concatenate([new Uint8Array([0xff, SOI]), ...exif, ...kept, new Uint8Array([0xff, EOI])]),
    widthPx,
    heightPx,
    orientation,
  };
}

function endOfScan(bytes: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    at = bytes.indexOf(0xff, at);
    if (at < 0 || at + 1 >= bytes.length) return bytes.length;
    const next = bytes[at + 1] ?? 0;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) at += next === 0xff ? 1 : 2;
    else return at;
  }
}

/** The Orientation tag of an APP1 segment's body ("Exif\0\0" then a TIFF header), if it has one (TIFF 6.0, tag 274). */
function exifOrientation(segment: Uint8Array): number | undefined {
  if (ascii(segment.subarray(0, 6)) !== 'Exif\0\0') return undefined;
  const tiff = segment.subarray(6);
  if (tiff.length < 8) return undefined;
  const view = viewOf(tiff);
  const little = tiff[0] === 0x49;
  const firstDirectory = view.getUint32(4, little);
  if (firstDirectory + 2 > tiff.length) return undefined;
  const entries = view.getUint16(firstDirectory, little);
  for (let index = 0; index < entries; index++) {
    const entry = firstDirectory + 2 + index * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An APP1 segment holding an EXIF block with one tag, Orientation, and nothing else. */
function orientationOnlyExif(orientation: number): Uint8Array {
  const segment = new Uint8Array(2 + 2 + 6 + 8 + 2 + 12 + 4);
  const view = viewOf(segment);
  view.setUint16(0, 0xffe1);
  view.setUint16(2, segment.length - 2);
  segment.set([0x45, 0x78, 0x69, 0x66, 0, 0], 4);
  // Big-endian TIFF header, first directory straight after it.
  segment.set([0x4d, 0x4d, 0x00, 0x2a], 10);
  view.setUint32(14, 8);
  view.setUint16(18, 1);
  view.setUint16(20, 0x0112);
  view.setUint16(22, 3);
  view.setUint32(24, 1);
  view.setUint16(28, orientation);
  view.setUint32(32, 0);
  return segment;
}

/* ---------- PNG ---------- */

/**
 * Chunks that draw or colour the picture, and animation; text (tEXt, zTXt, iTXt), EXIF
 * (eXIf), the time (tIME) and every private chunk go.
 */
const IEND = new Uint8Array([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const PNG_CHUNKS = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'cLLI',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);

function png(bytes: Uint8Array): CleanImage | undefined {
  const view = viewOf(bytes);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let widthPx = 0;
  let heightPx = 0;
  let offset = 8;
  let ended = false;
  while (offset + 12 <= bytes.length && !ended) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return undefined;
    const type = ascii(bytes.subarray(offset + 4, offset + 8));
    if (type === 'IHDR') {
      widthPx = view.getUint32(offset + 8);
      heightPx = view.getUint32(offset + 12);
    }
    if (PNG_CHUNKS.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
    ended = type === 'IEND';
  }
  if (widthPx === 0 || heightPx === 0 || !kept.some((chunk) => ascii(chunk.subarray(4, 8)) === 'IDAT'))
    return undefined;
  // Some programs leave out the end chunk; decoders do without it, and it is put back.
  if (!ended) kept.push(IEND);
  return { format: 'png', bytes: concatenate(kept), widthPx, heightPx, orientation: 1 };
}

/* ---------- GIF ---------- */

/** Extensions kept: graphic control (timing, transparency), plain text, and the looping application extension. */
function keepGifExtension(label: number, firstBlock: Uint8Array): boolean {
  if (label === 0xf9 || label === 0x01) return true;
  if (label === 0xff) return ['NETSCAPE2.0', 'ANIMEXTS1.0'].includes(ascii(firstBlock.subarray(0, 11)));
  return false;
}

function gif(bytes: Uint8Array): CleanImage | undefined {
  const view = viewOf(bytes);
  const widthPx = view.getUint16(6, true);
  const heightPx = view.getUint16(8, true);
  const packed = bytes[10] ?? 0;
  let offset = 13 + ((packed & 0x80) !== 0 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
  if (offset > bytes.length) return undefined;
  const kept: Uint8Array[] = [bytes.subarray(0, offset)];
  /** Sub-blocks run until a zero-length block; returns where they end. */
  const subBlocksEnd = (from: number) => {
    let at = from;
    for (let size = bytes[at] ?? 0; size !== 0; size = bytes[at] ?? 0) at += size + 1;
    if (at >= bytes.length) throw new RangeError('cut short');
    return at + 1;
  };
  for (;;) {
    const introducer = bytes[offset];
    if (introducer === 0x3b) break;
    if (introducer === 0x21) {
      const end = subBlocksEnd(offset + 2);
      if (keepGifExtension(bytes[offset + 1] ?? 0, bytes.subarray(offset + 3))) kept.push(bytes.subarray(offset, end));
      offset = end;
    } else if (introducer === 0x2c) {
      const local = bytes[offset + 9] ?? 0;
      const tables = offset + 10 + ((local & 0x80) !== 0 ? 3 * 2 ** ((local & 0x07) + 1) : 0);
      const end = subBlocksEnd(tables + 1);
      kept.push(bytes.subarray(offset, end));
      offset = end;
    } else return undefined;
  }
  if (widthPx === 0 || heightPx === 0) return undefined;
  return { format: 'gif', bytes: concatenate([...kept, new Uint8Array([0x3b])]), widthPx, heightPx, orientation: 1 };
}

/* ---------- WebP ---------- */

/** The chunks that draw: image data, alpha, animation and the colour profile; the extended header's flags for EXIF and XMP are cleared. */
const WEBP_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);

function webp(bytes: Uint8Array): CleanImage | undefined {
  const view = viewOf(bytes);
  const riffEnd = Math.min(bytes.length, 8 + view.getUint32(4, true));
  const kept: Uint8Array[] = [];
  let widthPx = 0;
  let heightPx = 0;
  let offset = 12;
  while (offset + 8 <= riffEnd) {
    const type = ascii(bytes.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    const end = offset + 8 + size + (size % 2);
    if (offset + 8 + size > riffEnd) return undefined;
    const chunk = bytes.slice(offset, Math.min(end, riffEnd));
    const data = offset + 8;
    if (type === 'VP8X') {
      chunk[8] = (chunk[8] ?? 0) & ~0x0c;
      widthPx = 1 + (view.getUint32(data + 4, true) & 0xffffff);
      heightPx = 1 + (view.getUint32(data + 7, true) & 0xffffff);
    } else if (type === 'VP8 ' && widthPx === 0) {
      widthPx = view.getUint16(data + 6, true) & 0x3fff;
      heightPx = view.getUint16(data + 8, true) & 0x3fff;
    } else if (type === 'VP8L' && widthPx === 0) {
      const bits = view.getUint32(data + 1, true);
      widthPx = 1 + (bits & 0x3fff);
      heightPx = 1 + ((bits >>> 14) & 0x3fff);
    }
    if (WEBP_CHUNKS.has(type)) kept.push(chunk);
    offset = end;
  }
  if (widthPx === 0 || heightPx === 0) return undefined;
  const body = concatenate(kept);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 4));
  viewOf(header).setUint32(4, 4 + body.length, true);
  header.set(bytes.subarray(8, 12), 8);
  return { format: 'webp', bytes: concatenate([header, body]), widthPx, heightPx, orientation: 1 };
}
