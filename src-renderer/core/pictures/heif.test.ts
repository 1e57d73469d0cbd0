import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHeif, mayBeHeif } from './heif.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
/** A file type box as ISO/IEC 14496-12 writes one: its size, "ftyp", the major brand, a version, then compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const text = `ftyp${major}\0\0\0\0${compatible.join('')}`;
  return Uint8Array.from([0, 0, 0, 4 + text.length, ...Array.from(text, (character) => character.charCodeAt(0))]);
};

describe('telling a HEIC photo', () => {
  it('knows a HEIC photo made by libheif, as an iPhone makes them, by its file type box', () => {
    expect(isHeif(fixture('iphone-photo.heic'))).toBe(true);
    expect(isHeif(ftyp('mif1', 'heic'))).toBe(true);
  });

  it('does not take a JPEG, a video, an AVIF or a file cut short for one', () => {
    expect(isHeif(fixture('photo.jpg'))).toBe(false);
    expect(isHeif(ftyp('isom', 'mp41'))).toBe(false);
    expect(isHeif(ftyp('avif', 'mif1', 'miaf'))).toBe(false);
    expect(isHeif(fixture('iphone-photo.heic').subarray(0, 12))).toBe(false);
  });

  it('lets a picker or a drop through by the name or type a HEIC photo has', () => {
    expect(mayBeHeif({ name: 'IMG_4001.HEIC', type: '' })).toBe(true);
    expect(mayBeHeif({ name: 'photo', type: 'image/heif' })).toBe(true);
    expect(mayBeHeif({ name: 'notes.pdf', type: 'application/pdf' })).toBe(false);
  });
});
