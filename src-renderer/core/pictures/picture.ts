import { MAX_STORED_FILE_BYTES, megabytes } from '../files/limits.js';
import { safeFileName, type KeptFile } from '../files/kept-file.js';
import { withoutMetadata } from './image-metadata.js';

/**
 * Pictures in the text: PNG or JPEG, kept without anything that could say who took them,
 * where or when (image-metadata.ts). Phone photos keep their rotation in EXIF, so the rotation
 * is read and handed on for the document to apply.
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

export const MAX_PICTURE_BYTES = MAX_STORED_FILE_BYTES;

/** Why a file cannot go in the text as a picture, in words; undefined when it can. */
export function pictureProblem(name: string, bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_PICTURE_BYTES) {
    return `“${name}” is ${megabytes(bytes.length)}; pictures can be up to ${megabytes(MAX_PICTURE_BYTES)}. Save a smaller copy and add it again.`;
  }
  if (pictureForExport(bytes) === undefined)
    return `“${name}” is not a PNG or JPEG picture, so it cannot go in your text. Save it as PNG or JPEG and add it again.`;
  return undefined;
}

export type PictureCheck =
  { readonly ok: true; readonly file: KeptFile } | { readonly ok: false; readonly problem: string };

/**
 * A picture as the text keeps it, whether added by hand or brought in from a portfolio file:
 * PNG or JPEG, no larger than the app keeps, without its metadata (but for a photo's
 * orientation), under a name that is only a name.
 */
export function keptPicture(name: string, bytes: Uint8Array): PictureCheck {
  const problem = pictureProblem(name, bytes);
  const clean = problem === undefined ? withoutMetadata(bytes, { keepOrientation: true }) : undefined;
  if (clean === undefined) return { ok: false, problem: problem ?? `“${name}” could not be read as a picture.` };
  const [mediaType, extensions] = clean.format === 'png' ? ['image/png', ['png']] : ['image/jpeg', ['jpg', 'jpeg']];
  return { ok: true, file: { name: safeFileName(name, extensions, 'Picture'), mediaType, bytes: clean.bytes } };
}

/** The picture's media type, from its first bytes; undefined when it is neither a PNG nor a JPEG. */
export function pictureMediaType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  return bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : undefined;
}

/** The picture ready to embed, or undefined when the file is not a PNG or JPEG the app can read. */
export function pictureForExport(bytes: Uint8Array): Picture | undefined {
  // The document turns the picture itself, so not even the orientation goes with it.
  const clean = withoutMetadata(bytes, { keepOrientation: false });
  if (clean === undefined || (clean.format !== 'png' && clean.format !== 'jpeg')) return undefined;
  return {
    format: clean.format === 'png' ? 'png' : 'jpg',
    bytes: clean.bytes,
    widthPx: clean.widthPx,
    heightPx: clean.heightPx,
    ...(ORIENTATIONS[clean.orientation] ?? UPRIGHT),
  };
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
