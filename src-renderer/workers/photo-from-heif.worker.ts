/// <reference lib="webworker" />
import libheif, { type HeifImage } from 'libheif-js/libheif-wasm/libheif-bundle.mjs';
import { MAX_STORED_FILE_BYTES } from '../core/files/limits.js';
import { answerRequests } from './answer-requests.js';

/**
 * Decodes a HEIC photo with libheif (and libde265, its HEVC decoder) compiled to WebAssembly,
 * turned upright as the file says, and encodes it as a JPEG on an `OffscreenCanvas`, which
 * writes no metadata. Off the page: a 12 MP photo takes about a second.
 */
const JPEG_QUALITY = 0.92;
/** Past a 48 MP iPhone photo ("HEIF Max") with room to spare: more would hold hundreds of MB while decoding. */
const MAX_PIXELS = 50_000_000;

answerRequests<Uint8Array, Uint8Array>(
  async (bytes) => {
    const decoder = new (libheif().HeifDecoder)();
    const images = decoder.decode(bytes);
    const image = images.find((candidate) => candidate.is_primary()) ?? images[0];
    try {
      if (image === undefined) throw new Error('it holds no picture');
      if (image.get_width() * image.get_height() > MAX_PIXELS) throw new Error('it holds too many pixels');
      const pixels = await decoded(image);
      const canvas = new OffscreenCanvas(pixels.width, pixels.height);
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('this computer cannot draw pictures off the page');
      context.putImageData(pixels, 0, 0);
      let jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
      // A 48 MP photo can pass the 20 MB a picture may be at 92: it is kept a little smaller instead.
      if (jpeg.size > MAX_STORED_FILE_BYTES) jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
      return new Uint8Array(await jpeg.arrayBuffer());
    } finally {
      for (const each of images) each.free();
    }
  },
  (jpeg) => [jpeg.buffer as ArrayBuffer],
);

function decoded(image: HeifImage): Promise<ImageData> {
  return new Promise((resolve, reject) => {
    image.display(new ImageData(image.get_width(), image.get_height()), (result) => {
      if (result === null) reject(new Error('its picture could not be decoded'));
      else resolve(result);
    });
  });
}
