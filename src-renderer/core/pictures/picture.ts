/**
 * Pictures made fit to leave the device: their size read from the file, and every
 * field that could say who took them, where or when (EXIF, XMP, IPTC, comments, text
 * chunks) removed. Phone photos often keep their rotation in EXIF, so the rotation is
 * read before the EXIF goes and handed on for the document to apply.
 */

export interface Picture {
  readonly format: 'png' | 'jpg';
  readonly bytes: Uint8Array;
  /** As stored, before `quarterTurns` is applied. */
  readonly widthPx: number;
  readonly heightPx: number;
  /** Clockwise quarter turns that show the picture upright (0 to 3). */
  readonly quarterTurns: number;
  readonly mirrored: boolean;
}

/** Far above a phone photo or a screenshot of a chart, far below what strains storage. */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024;

/** Why a file cannot go in the text as a picture, in words; undefined when it can. */
export function pictureProblem(name: string, bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_PICTURE_BYTES) {
    return `“${name}” is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; pictures can be up to ${MAX_PICTURE_BYTES / 1024 / 1024} MB. Save a smaller copy and add it again.`;
  }
  if (pictureForExport(bytes) === undefined) return `“${name}” is not a PNG or JPEG picture, so it cannot go in your text. Save it as PNG or JPEG and add it again.`;
  return undefined;
}

/** The picture's media type, from its first bytes; undefined when it is neither a PNG nor a JPEG. */
export function pictureMediaType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | undefined {
  if (isPng(bytes)) return 'image/png';
  return bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : undefined;
}

/** The picture ready to embed, or undefined when the file is not a PNG or JPEG the app can read. */
export function pictureForExport(bytes: Uint8Array): Picture | undefined {
  switch (pictureMediaType(bytes)) {
    case 'image/png':
      return png(bytes);
    case 'image/jpeg':
      return jpeg(bytes);
    case undefined:
      return undefined;
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Chunks that carry words, dates or camera data rather than the picture. */
const PNG_METADATA_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

function png(bytes: Uint8Array): Picture | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let widthPx = 0;
  let heightPx = 0;
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return undefined;
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'IHDR') {
      widthPx = view.getUint32(offset + 8);
      heightPx = view.getUint32(offset + 12);
    }
    if (!PNG_METADATA_CHUNKS.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (type === 'IEND') break;
  }
  if (widthPx === 0 || heightPx === 0) return undefined;
  return { format: 'png', bytes: concatenate(kept), widthPx, heightPx, quarterTurns: 0, mirrored: false };
}

/** APP1 (EXIF, XMP), APP13 (IPTC) and comments: the segments that describe rather than draw. */
function isJpegMetadata(marker: number): boolean {
  return marker === 0xe1 || marker === 0xed || marker === 0xfe;
}

function jpeg(bytes: Uint8Array): Picture | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let widthPx = 0;
  let heightPx = 0;
  let orientation = 1;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    // Start of scan: the rest is the picture itself.
    if (marker === 0xda) {
      kept.push(bytes.subarray(offset));
      break;
    }
    const length = view.getUint16(offset + 2);
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return undefined;
    const isFrameHeader = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrameHeader && length >= 7) {
      heightPx = view.getUint16(offset + 5);
      widthPx = view.getUint16(offset + 7);
    }
    if (marker === 0xe1) orientation = exifOrientation(bytes.subarray(offset + 4, end)) ?? orientation;
    if (!isJpegMetadata(marker)) kept.push(bytes.subarray(offset, end));
    offset = end;
  }
  if (widthPx === 0 || heightPx === 0) return undefined;
  const { quarterTurns, mirrored } = ORIENTATIONS[orientation] ?? UPRIGHT;
  return { format: 'jpg', bytes: concatenate(kept), widthPx, heightPx, quarterTurns, mirrored };
}

const UPRIGHT = { quarterTurns: 0, mirrored: false };

/** EXIF orientation values 1–8 as turns and mirroring (TIFF 6.0, tag 274). */
const ORIENTATIONS: Readonly<Record<number, { quarterTurns: number; mirrored: boolean }>> = {
  1: { quarterTurns: 0, mirrored: false },
  2: { quarterTurns: 0, mirrored: true },
  3: { quarterTurns: 2, mirrored: false },
  4: { quarterTurns: 2, mirrored: true },
  5: { quarterTurns: 1, mirrored: true },
  6: { quarterTurns: 1, mirrored: false },
  7: { quarterTurns: 3, mirrored: true },
  8: { quarterTurns: 3, mirrored: false },
};

/** The Orientation tag of an APP1 segment's body ("Exif\0\0" then a TIFF header), if it has one. */
function exifOrientation(segment: Uint8Array): number | undefined {
  if (String.fromCharCode(...segment.subarray(0, 4)) !== 'Exif') return undefined;
  const tiff = segment.subarray(6);
  if (tiff.length < 8) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49;
  const firstDirectory = view.getUint32(4, little);
  if (firstDirectory + 2 > tiff.length) return undefined;
  const entries = view.getUint16(firstDirectory, little);
  for (let index = 0; index < entries; index++) {
    const entry = firstDirectory + 2 + index * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little);
  }
  return undefined;
}

function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
