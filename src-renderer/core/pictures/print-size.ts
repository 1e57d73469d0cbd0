/**
 * How big a picture is printed in a submitted document, and how many pixels its exported copy
 * needs to stay sharp there. A phone photo holds 4032 × 3024 pixels; printed 15 cm wide it needs
 * about 1,300: the rest only makes the file too large to upload (Turnitin refuses 100 MB).
 */

export interface PixelSize {
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Word gives a picture's printed size in pixels at 96 to the inch. */
export const PX_PER_INCH = 96;

/** Tallest a picture may be on the page, in pixels at 96 to the inch (about 11 cm). */
export const MAX_PICTURE_HEIGHT_PX = 420;

export const PICTURE_QUALITIES = ['standard', 'high', 'original'] as const;
/** How sharp exported pictures are: standard and high are printing resolutions; original sends the photo as taken. */
export type PictureQuality = (typeof PICTURE_QUALITIES)[number];

/** Dots to the printed inch: 220 is sharp on paper at reading distance, 330 for fine print in a scan of a pupil's work. */
export const DOTS_PER_INCH: Readonly<Record<Exclude<PictureQuality, 'original'>, number>> = {
  standard: 220,
  high: 330,
};

export const PICTURE_QUALITY_LABELS: Readonly<Record<PictureQuality, string>> = {
  standard: 'Standard (220 dpi)',
  high: 'High (330 dpi)',
  original: 'Original (large files)',
};

/** How much a picture shown `shown` (upright) is scaled to fit `roomWidthPx` and the tallest a picture may be; never enlarged. */
function printScale(shown: PixelSize, roomWidthPx: number): number {
  return Math.min(1, roomWidthPx / shown.widthPx, MAX_PICTURE_HEIGHT_PX / shown.heightPx);
}

/** The printed size, in pixels at 96 to the inch, of a picture shown `shown` (upright) in a room `roomWidthPx` wide. */
export function printedSize(shown: PixelSize, roomWidthPx: number): PixelSize {
  const scale = printScale(shown, roomWidthPx);
  return {
    widthPx: Math.max(1, Math.round(shown.widthPx * scale)),
    heightPx: Math.max(1, Math.round(shown.heightPx * scale)),
  };
}

/**
 * The pixels an exported copy of a picture shown `shown` (upright) needs at `quality` when
 * printed in a room `roomWidthPx` wide, or undefined when it has no more than that already (or
 * the quality is the original): it then goes at its own size.
 */
export function pixelsNeeded(shown: PixelSize, roomWidthPx: number, quality: PictureQuality): PixelSize | undefined {
  if (quality === 'original') return undefined;
  const scale = printScale(shown, roomWidthPx) * (DOTS_PER_INCH[quality] / PX_PER_INCH);
  if (scale >= 1) return undefined;
  return {
    widthPx: Math.max(1, Math.ceil(shown.widthPx * scale)),
    heightPx: Math.max(1, Math.ceil(shown.heightPx * scale)),
  };
}

/** Dots to the inch a picture of `pixels` has when printed `printed` wide (both upright). */
export function printedDotsPerInch(pixels: PixelSize, printed: PixelSize): number {
  return (pixels.widthPx / printed.widthPx) * PX_PER_INCH;
}

/**
 * The size to ask a JPEG decoder for so that it skips what it can and still gives at least
 * `wanted`: libjpeg-turbo decodes at n/8 of the full size, and Chromium's `ImageDecoder` takes
 * the size asked as a budget and rounds n down, so the size asked is that of the smallest
 * eighth that holds `wanted` (and a pixel more, against rounding). Undefined when only the
 * full size will do.
 */
export function scaledDecodeSize(full: PixelSize, wanted: PixelSize): PixelSize | undefined {
  const eighths = Math.ceil(8 * Math.max(wanted.widthPx / full.widthPx, wanted.heightPx / full.heightPx));
  if (eighths >= 8) return undefined;
  return {
    widthPx: Math.ceil((full.widthPx * eighths) / 8) + 1,
    heightPx: Math.ceil((full.heightPx * eighths) / 8) + 1,
  };
}

/**
 * The longest side of a picture as the editor shows it: the text is at most about 800 CSS
 * pixels wide, twice that on a high-density screen. A photo of 4032 pixels is shown from a
 * preview this size, decoded once off the page, rather than decoded whole on every screen.
 */
export const PREVIEW_LONGEST_SIDE_PX = 1600;

/** The size of a picture's preview (upright), or undefined when the picture is small enough to show as it is. */
export function previewSize(shown: PixelSize): PixelSize | undefined {
  const scale = PREVIEW_LONGEST_SIDE_PX / Math.max(shown.widthPx, shown.heightPx);
  if (scale >= 1) return undefined;
  return {
    widthPx: Math.max(1, Math.round(shown.widthPx * scale)),
    heightPx: Math.max(1, Math.round(shown.heightPx * scale)),
  };
}
