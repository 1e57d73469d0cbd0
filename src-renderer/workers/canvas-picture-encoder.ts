/// <reference lib="webworker" />
import { JPEG_QUALITY, type PictureEncoder } from '../core/docx/export-pictures.js';
import type { Picture } from '../core/pictures/picture.js';
import type { PixelSize } from '../core/pictures/print-size.js';

/**
 * The browser's own decoders and encoders, in a worker. WebCodecs' `ImageDecoder` decodes a
 * JPEG straight to about the size asked (libjpeg-turbo's scaled decoding: a 12 MP photo in
 * about 70 ms here, against 150 ms for `createImageBitmap`, which decodes every pixel first);
 * where it is missing, `createImageBitmap` does the same more slowly. An `OffscreenCanvas`
 * turns, scales and encodes the copy. Chromium (and so Electron) ships these codecs, so no
 * codec of our own is carried; a canvas writes no metadata.
 */
export const canvasPictureEncoder: PictureEncoder = {
  async encode(picture, size, as) {
    const sideways = picture.quarterTurns % 2 === 1;
    const stored = sideways ? { widthPx: size.heightPx, heightPx: size.widthPx } : size;
    const decoded = await decode(picture, stored);
    try {
      const canvas = new OffscreenCanvas(size.widthPx, size.heightPx);
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('This computer cannot draw pictures off the page.');
      // JPEG has no transparency: a chart's see-through background prints white, as on paper.
      if (as === 'jpeg') {
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, size.widthPx, size.heightPx);
      }
      // Turn about the centre as the photo's orientation says, then draw at the stored size.
      context.translate(size.widthPx / 2, size.heightPx / 2);
      context.rotate((picture.quarterTurns * Math.PI) / 2);
      if (picture.mirrored) context.scale(-1, 1);
      context.imageSmoothingQuality = 'high';
      context.drawImage(decoded, -stored.widthPx / 2, -stored.heightPx / 2, stored.widthPx, stored.heightPx);
      const encoded = await canvas.convertToBlob(
        as === 'jpeg' ? { type: 'image/jpeg', quality: JPEG_QUALITY } : { type: 'image/png' },
      );
      return new Uint8Array(await encoded.arrayBuffer());
    } finally {
      decoded.close();
    }
  },
};

/** The picture decoded at no less than `size` where the decoder can skip pixels, else in full. */
async function decode(picture: Picture, size: PixelSize): Promise<VideoFrame | ImageBitmap> {
  const type = picture.format === 'png' ? 'image/png' : 'image/jpeg';
  if (typeof ImageDecoder === 'undefined')
    return createImageBitmap(new Blob([picture.bytes as Uint8Array<ArrayBuffer>], { type }));
  const decoder = new ImageDecoder({
    data: picture.bytes,
    type,
    desiredWidth: size.widthPx,
    desiredHeight: size.heightPx,
  });
  try {
    return (await decoder.decode()).image;
  } finally {
    decoder.close();
  }
}
