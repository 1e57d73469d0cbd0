import { UserFacingError } from '../core/failure/failure.js';
import { MAX_STORED_FILE_BYTES } from '../core/files/limits.js';
import { HEIF_EXTENSION, isHeif } from '../core/pictures/heif.js';
import { jpegFromHeif } from '../workers/photo-from-heif.js';

/** A file chosen, pasted or dropped to keep in the portfolio. */
export interface ChosenFile {
  readonly name: string;
  readonly data: Blob;
}

/**
 * The file as the portfolio keeps it: a HEIC or HEIF photo (an iPhone's default) becomes a
 * JPEG of the same name, converted off the page; anything else is as it was, for the usual
 * checks to take or refuse. A HEIC photo that cannot be decoded is refused in words.
 */
export async function asKeptPhoto(file: ChosenFile): Promise<ChosenFile> {
  if (file.data.size > MAX_STORED_FILE_BYTES) return file;
  const start = new Uint8Array(await file.data.slice(0, 64).arrayBuffer());
  if (!isHeif(start)) return file;
  let jpeg: Uint8Array;
  try {
    jpeg = await jpegFromHeif(new Uint8Array(await file.data.arrayBuffer()));
  } catch {
    throw new UserFacingError(
      `“${file.name}” is a HEIC photo that could not be read: it may be damaged, or of a kind the app cannot open. Save it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible) and add it again.`,
    );
  }
  const name = HEIF_EXTENSION.test(file.name) ? file.name.replace(HEIF_EXTENSION, '.jpg') : `${file.name}.jpg`;
  return { name, data: new Blob([jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }) };
}
