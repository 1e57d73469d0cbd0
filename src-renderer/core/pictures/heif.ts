/**
 * HEIF photos: what an iPhone saves by default (HEIC: HEVC pictures in the ISO base media file
 * format, ISO/IEC 23008-12). Word and LibreOffice show them unevenly, so they come into the
 * portfolio as JPEG (workers/photo-from-heif.ts); this says which files they are.
 */

/** Brands of HEVC-coded HEIF files and of the general image brands phones give them. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

/** Whether the file is a HEIF image, from its `ftyp` box: the major brand, or a compatible one. */
export function isHeif(bytes: Uint8Array): boolean {
  const text = (from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));
  if (bytes.length < 16 || text(4) !== 'ftyp') return false;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(bytes.length, boxSize >>> 0);
  // The major brand at 8, a minor version at 12, then the compatible brands.
  const brands: string[] = [];
  for (let at = 8; at + 4 <= end; at += at === 8 ? 8 : 4) brands.push(text(at));
  // AVIF shares the general brands, but its pictures are AV1, which the decoder carried cannot read.
  return !brands.includes('avif') && brands.some((brand) => HEIF_BRANDS.has(brand));
}

/** What a HEIC photo's name ends with, and what its JPEG's does instead. */
export const HEIF_EXTENSION = /\.(heic|heif|hif)$/iu;

/** Whether a file may be a HEIC photo by its name or type, for pickers and drops that go by those. */
export function mayBeHeif(file: { readonly name: string; readonly type: string }): boolean {
  return HEIF_EXTENSION.test(file.name) || /^image\/hei[cf]/u.test(file.type);
}

/** What the picture and attachment pickers accept besides their own types: iPhone photos. */
export const HEIF_ACCEPT = '.heic,.heif,image/heic,image/heif';
