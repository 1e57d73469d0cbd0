import { zlibSync } from 'fflate';
import { crc32 } from '../portfolio-file/crc32.js';
import { concatenate } from '../files/bytes.js';

/**
 * A real PNG of coloured noise, which does not compress: the way to make a picture of a
 * given size in bytes (a 2560 × 2600 one is about 19 MB). Any decoder opens it.
 */
export function noisePng(width: number, height: number, seed = 1): Uint8Array {
  const rows = new Uint8Array(height * (1 + width * 3));
  let state = seed >>> 0 || 1;
  for (let at = 0; at < rows.length; at++) {
    // xorshift32: fast, and different for each seed.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    rows[at] = at % (1 + width * 3) === 0 ? 0 : state & 0xff;
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  return concatenate([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(rows, { level: 0 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(
    Array.from({ length: 4 }, (_, index) => type.charCodeAt(index)),
    4,
  );
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
