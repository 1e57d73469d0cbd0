import { pictureForExport, type Picture } from '../pictures/picture.js';
import { pixelsNeeded, type PictureQuality, type PixelSize } from '../pictures/print-size.js';
import type { AttachedPicture, Submission } from '../submission/submission.js';
import { textWidthPx } from './submission-style.js';

/**
 * Pictures sized for where they are printed. The portfolio keeps each photo as it was taken;
 * the exported document gets a copy with the pixels its printed size needs at the chosen
 * quality (print-size.ts), re-encoded as JPEG where that is smaller (a screenshot or chart stays
 * a lossless PNG unless JPEG is far smaller), upright and with no metadata. Decoding and encoding are
 * the platform's (a `PictureEncoder`), so this stays plain and is tested without a browser.
 */

export type EncodedAs = 'jpeg' | 'png';

export interface PictureEncoder {
  /**
   * `picture` (its metadata gone) turned upright as its quarter turns and mirroring say, drawn
   * at `size` (upright): as JPEG on white, or as PNG. Rejects when it cannot be decoded.
   */
  encode(picture: Picture, size: PixelSize, as: EncodedAs): Promise<Uint8Array>;
}

/** About 85 keeps a photo indistinguishable from its original on paper at a fraction of the size. */
export const JPEG_QUALITY = 0.85;

/**
 * A screenshot or chart (a PNG) becomes a JPEG only where that is under half its size: JPEG blurs
 * the edges of text and lines, and a little smaller is not worth that; a photo saved as PNG is
 * five to ten times the size of its JPEG.
 */
const PNG_KEPT_UNLESS_JPEG_UNDER = 0.5;

/**
 * The smallest good copy of one picture for a document printing it at most `roomWidthPx` wide:
 * the picture itself (its metadata gone) when it needs no fewer pixels and is smallest so, or a
 * re-encoded copy. A picture the encoder cannot decode goes as it is, which the document builder
 * then handles as it always has.
 */
export async function exportCopy(
  bytes: Uint8Array,
  roomWidthPx: number,
  quality: PictureQuality,
  encoder: PictureEncoder,
): Promise<Uint8Array> {
  if (quality === 'original') return bytes;
  const picture = pictureForExport(bytes);
  if (picture === undefined) return bytes;
  const sideways = picture.quarterTurns % 2 === 1;
  const shown = sideways
    ? { widthPx: picture.heightPx, heightPx: picture.widthPx }
    : { widthPx: picture.widthPx, heightPx: picture.heightPx };
  const needed = pixelsNeeded(shown, roomWidthPx, quality);
  const formats: readonly EncodedAs[] = picture.format === 'png' ? ['png', 'jpeg'] : ['jpeg'];
  // Unscaled and upright, the picture itself is a candidate too: re-encoding only helps where it
  // is smaller. A sideways one is turned by the copy; failing that, it goes as it came, with its
  // orientation, for Word to turn.
  const upright = picture.quarterTurns === 0 && !picture.mirrored;
  let smallest = needed === undefined && upright ? picture.bytes : undefined;
  for (const as of formats) {
    try {
      const copy = await encoder.encode(picture, needed ?? shown, as);
      const worth = picture.format === 'png' && as === 'jpeg' ? PNG_KEPT_UNLESS_JPEG_UNDER : 1;
      if (smallest === undefined || copy.length < smallest.length * worth) smallest = copy;
    } catch {
      return smallest ?? bytes;
    }
  }
  return smallest ?? bytes;
}

/**
 * Pictures decoded at once. The browser decodes on threads of its own, so two at a time keep
 * two cores busy; each 12 MP photo decoded holds about 48 MB, so no more.
 */
export const PICTURES_AT_ONCE = 2;

/**
 * The submission with each picture replaced by its export copy, at most `PICTURES_AT_ONCE`
 * decoded at a time. Pictures are sized for the text's width: a picture in a table cell is
 * printed smaller, so it has at least the pixels it needs there too.
 */
export async function withExportCopies(
  submission: Submission,
  quality: PictureQuality,
  encoder: PictureEncoder,
): Promise<Submission> {
  if (quality === 'original') return submission;
  const room = textWidthPx(submission.layout);
  const originals = [
    ...submission.pictures.values(),
    ...submission.pieces.flatMap((piece) => piece.evidence.flatMap((item) => item.pictures)),
  ];
  const copies = new Map<AttachedPicture, AttachedPicture>();
  let next = 0;
  const copyNext = async (): Promise<void> => {
    for (let picture = originals[next++]; picture !== undefined; picture = originals[next++])
      copies.set(picture, { ...picture, bytes: await exportCopy(picture.bytes, room, quality, encoder) });
  };
  await Promise.all(Array.from({ length: PICTURES_AT_ONCE }, copyNext));
  const copyOf = (picture: AttachedPicture) => copies.get(picture) ?? picture;
  return {
    ...submission,
    pictures: new Map([...submission.pictures].map(([id, picture]) => [id, copyOf(picture)])),
    pieces: submission.pieces.map((piece) => ({
      ...piece,
      evidence: piece.evidence.map((item) => ({ ...item, pictures: item.pictures.map(copyOf) })),
    })),
  };
}
