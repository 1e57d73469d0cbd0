import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pictureForExport } from './picture.js';

const photo = new Uint8Array(readFileSync(new URL('./fixtures/photo.jpg', import.meta.url)));
/** photo.jpg begins with an 18-byte APP0 (JFIF) segment after its start marker. */
const photoWithoutJfif = new Uint8Array([...photo.subarray(0, 2), ...photo.subarray(2 + 18)]);
const diagram = new Uint8Array(readFileSync(new URL('./fixtures/diagram.png', import.meta.url)));
const ascii = (text: string) => Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

/** An EXIF segment as phones write one: orientation, the camera owner, and where it was taken. */
function exifSegment(orientation: number, littleEndian: boolean): Uint8Array {
  const artist = ascii('Ada Example\0');
  const place = ascii('Greenfield Primary\0');
  const u16 = (value: number) => (littleEndian ? [value & 0xff, value >> 8] : [value >> 8, value & 0xff]);
  const u32 = (value: number) =>
    littleEndian
      ? [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >>> 24]
      : [value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  const entries = 3;
  const dataStart = 8 + 2 + entries * 12 + 4;
  const tiff = [
    ...(littleEndian ? ascii('II') : ascii('MM')),
    ...u16(42),
    ...u32(8),
    ...u16(entries),
    ...u16(0x013b),
    ...u16(2),
    ...u32(artist.length),
    ...u32(dataStart), // Artist
    ...u16(0x010e),
    ...u16(2),
    ...u32(place.length),
    ...u32(dataStart + artist.length), // ImageDescription
    ...u16(0x0112),
    ...u16(3),
    ...u32(1),
    ...u16(orientation),
    0,
    0, // Orientation
    ...u32(0),
    ...artist,
    ...place,
  ];
  const body = [...ascii('Exif\0\0'), ...tiff];
  return new Uint8Array([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body]);
}

function withSegmentsAfterStart(jpeg: Uint8Array, ...segments: Uint8Array[]): Uint8Array {
  return new Uint8Array([...jpeg.subarray(0, 2), ...segments.flatMap((segment) => [...segment]), ...jpeg.subarray(2)]);
}

function pngChunk(type: string, data: number[]): Uint8Array {
  const typed = new Uint8Array([...ascii(type), ...data]);
  const length = data.length;
  const crc = crc32(typed);
  return new Uint8Array([
    length >>> 24,
    (length >> 16) & 0xff,
    (length >> 8) & 0xff,
    length & 0xff,
    ...typed,
    crc >>> 24,
    (crc >> 16) & 0xff,
    (crc >> 8) & 0xff,
    crc & 0xff,
  ]);
}

describe('pictureForExport', () => {
  it('reads a JPEG’s size and removes its EXIF, XMP and comments, keeping the rotation', () => {
    const comment = new Uint8Array([0xff, 0xfe, 0x00, 0x0d, ...ascii('Ada Example')]);
    for (const littleEndian of [true, false]) {
      const tagged = withSegmentsAfterStart(photo, exifSegment(6, littleEndian), comment);
      expect(contains(tagged, 'Ada Example')).toBe(true);
      const picture = pictureForExport(tagged);
      expect(picture).toMatchObject({ format: 'jpg', widthPx: 64, heightPx: 32, quarterTurns: 1, mirrored: false });
      expect(contains(picture!.bytes, 'Ada Example')).toBe(false);
      expect(contains(picture!.bytes, 'Greenfield')).toBe(false);
      expect(contains(picture!.bytes, 'Exif')).toBe(false);
      // Everything else is the same picture, byte for byte, but for the JFIF header (it can carry a thumbnail).
      expect(Buffer.from(picture!.bytes).equals(Buffer.from(photoWithoutJfif))).toBe(true);
    }
  });

  it('turns each EXIF orientation into quarter turns and mirroring', () => {
    const cases: [number, number, boolean][] = [
      [1, 0, false],
      [2, 0, true],
      [3, 2, false],
      [4, 2, true],
      [5, 1, true],
      [6, 1, false],
      [7, 3, true],
      [8, 3, false],
    ];
    for (const [orientation, quarterTurns, mirrored] of cases) {
      expect(pictureForExport(withSegmentsAfterStart(photo, exifSegment(orientation, true)))).toMatchObject({
        quarterTurns,
        mirrored,
      });
    }
  });

  it('reads a PNG’s size and removes its text, EXIF and time chunks', () => {
    const iend = diagram.length - 12;
    const tagged = new Uint8Array([
      ...diagram.subarray(0, 33),
      ...pngChunk('tEXt', ascii('Author\0Ada Example')),
      ...pngChunk('tIME', [7, 234, 11, 23, 9, 30, 0]),
      ...diagram.subarray(33, iend),
      ...pngChunk('iTXt', ascii('Comment\0\0\0\0\0Greenfield Primary')),
      ...diagram.subarray(iend),
    ]);
    const picture = pictureForExport(tagged);
    expect(picture).toMatchObject({ format: 'png', widthPx: 48, heightPx: 24, quarterTurns: 0 });
    expect(contains(picture!.bytes, 'Ada Example')).toBe(false);
    expect(contains(picture!.bytes, 'Greenfield')).toBe(false);
    expect(Buffer.from(picture!.bytes).equals(Buffer.from(diagram))).toBe(true);
  });

  it('refuses what it cannot embed: other formats, truncated and empty files', () => {
    expect(pictureForExport(new TextEncoder().encode('%PDF-1.7 a consent form'))).toBeUndefined();
    expect(pictureForExport(new Uint8Array())).toBeUndefined();
    expect(pictureForExport(photo.subarray(0, 40))).toBeUndefined();
    expect(pictureForExport(diagram.subarray(0, 20))).toBeUndefined();
  });
});
