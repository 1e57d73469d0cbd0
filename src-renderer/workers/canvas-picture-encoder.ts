/// <reference lib="webworker" />
import { JPEG_QUALITY, type PictureEncoder } from '../core/docx/export-pictures.js';
import type { Picture } from '../core/pictures/picture.js';
import { scaledDecodeSize, type PixelSize } from '../core/pictures/print-size.js';

/**
 * The browser's own decoders and encoders, in a worker. WebCodecs' `ImageDecoder` decodes a
 * JPEG straight to an eighth-step of its size no smaller than needed (libjpeg-turbo's scaled
 * decoding: a 12 MP photo in about 70 ms here, against 150 ms for `createImageBitmap`, which
 * decodes every pixel first);
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
      // Opaque, on white: a chart's see-through background prints white, as on paper, and a PNG
      // without an alpha channel is smaller and needs no mask in a PDF made from the document.
      const context = canvas.getContext('2d', { alpha: false });
      if (context === null) throw new Error('This computer cannot draw pictures off the page.');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, size.widthPx, size.heightPx);
      // About the centre: turned clockwise, then mirrored (EXIF 5 is a turn and a mirror, which
      // is not a mirror and a turn). A canvas applies its transforms to what is drawn last first.
      context.translate(size.widthPx / 2, size.heightPx / 2);
      if (picture.mirrored) context.scale(-1, 1);
      context.rotate((picture.quarterTurns * Math.PI) / 2);
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

/**
 * The picture decoded at no less than `size` (as stored), skipping what the decoder can; a
 * decoder that gave fewer pixels than that is asked again for all of them.
 */
async function decode(picture: Picture, size: PixelSize): Promise<VideoFrame | ImageBitmap> {
  const type = picture.format === 'png' ? 'image/png' : 'image/jpeg';
  if (typeof ImageDecoder === 'undefined')
    return createImageBitmap(new Blob([picture.bytes as Uint8Array<ArrayBuffer>], { type }));
  const scaled = scaledDecodeSize({ widthPx: picture.widthPx, heightPx: picture.heightPx }, size);
  const frame = await decodeFrame(picture.bytes, type, scaled);
  if (scaled === undefined || (frame.displayWidth >= size.widthPx && frame.displayHeight >= size.heightPx))
    return frame;
  frame.close();
  return decodeFrame(picture.bytes, type, undefined);
}

async function decodeFrame(bytes: Uint8Array, type: string, size: PixelSize | undefined): Promise<VideoFrame> {
  const decoder = new ImageDecoder({
    data: bytes,
    type,
    ...(size === undefined ? {} : { desiredWidth: size.widthPx, desiredHeight: size.heightPx }),
  });
  try {
    return (await decoder.decode()).image;
  } finally {
    decoder.close();
  }
}
