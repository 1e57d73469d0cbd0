/// <reference lib="webworker" />
import { JPEG_QUALITY, type PictureEncoder } from '../core/docx/export-pictures.js';

/**
 * The browser's own decoders and encoders, in a worker: `createImageBitmap` turns the picture
 * upright (its EXIF orientation) and scales it with its best filter, and an `OffscreenCanvas`
 * encodes the copy. Chromium (and so Electron) ships libjpeg-turbo and a PNG encoder here, so
 * no codec of our own is carried; a canvas writes no metadata.
 */
export const canvasPictureEncoder: PictureEncoder = {
  async encode(source, size, as) {
    const type = source[0] === 0x89 ? 'image/png' : 'image/jpeg';
    const bitmap = await createImageBitmap(new Blob([source as Uint8Array<ArrayBuffer>], { type }), {
      imageOrientation: 'from-image',
      resizeWidth: size.widthPx,
      resizeHeight: size.heightPx,
      resizeQuality: 'high',
    });
    try {
      const canvas = new OffscreenCanvas(size.widthPx, size.heightPx);
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('This computer cannot draw pictures off the page.');
      // JPEG has no transparency: a chart's see-through background prints white, as on paper.
      if (as === 'jpeg') {
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, size.widthPx, size.heightPx);
      }
      context.drawImage(bitmap, 0, 0);
      const encoded = await canvas.convertToBlob(
        as === 'jpeg' ? { type: 'image/jpeg', quality: JPEG_QUALITY } : { type: 'image/png' },
      );
      return new Uint8Array(await encoded.arrayBuffer());
    } finally {
      bitmap.close();
    }
  },
};
