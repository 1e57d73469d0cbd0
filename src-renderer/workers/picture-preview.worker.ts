/// <reference lib="webworker" />
import { pictureForExport } from '../core/pictures/picture.js';
import { previewSize } from '../core/pictures/print-size.js';
import { answerRequests } from './answer-requests.js';
import { canvasPictureEncoder } from './canvas-picture-encoder.js';

/**
 * A picture's preview for the editor: decoded at the eighth of it that holds the preview's
 * pixels, turned upright and encoded small, in this worker, so the page never decodes a 12 MP
 * photo. Null when the picture is small enough to show as it is.
 */
answerRequests<Blob, Blob | null>(
  async (stored) => {
    const picture = pictureForExport(new Uint8Array(await stored.arrayBuffer()));
    if (picture === undefined) return null;
    const sideways = picture.quarterTurns % 2 === 1;
    const size = previewSize(sideways ? { widthPx: picture.heightPx, heightPx: picture.widthPx } : picture);
    if (size === undefined) return null;
    const bytes = await canvasPictureEncoder.encode(picture, size, picture.format === 'png' ? 'png' : 'jpeg');
    return new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: picture.format === 'png' ? 'image/png' : 'image/jpeg',
    });
  },
  () => [],
);
