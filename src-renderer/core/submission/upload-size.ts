import type { PictureQuality } from '../pictures/print-size.js';
import { TURNITIN_LIMIT_MB } from '../programme/submission-settings.js';

/**
 * Whether a document will upload. Upload pages count a megabyte as a million bytes or as
 * 1,048,576 depending on the site; a million is the stricter, so a file warned of as too large
 * may just fit, and one passed never fails.
 */
const BYTES_PER_UPLOAD_MB = 1_000_000;

/** A document's size as upload pages state their limits: "640 KB", "8.2 MB", in the same units as the check. */
export function uploadSize(sizeBytes: number): string {
  if (sizeBytes < BYTES_PER_UPLOAD_MB) return `${Math.max(1, Math.round(sizeBytes / 1000))} KB`;
  const value = sizeBytes / BYTES_PER_UPLOAD_MB;
  return `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-GB')} MB`;
}

/** What to tell the candidate about a document of `sizeBytes` they will upload, or undefined when it fits. */
export function uploadSizeWarning(
  sizeBytes: number,
  uploadLimitMb: number | null,
  pictureQuality: PictureQuality = 'standard',
): string | undefined {
  const limits = [
    ...(uploadLimitMb === null ? [] : [{ mb: uploadLimitMb, whose: 'your provider’s upload limit' }]),
    { mb: TURNITIN_LIMIT_MB, whose: 'Turnitin’s limit' },
  ].sort((a, b) => a.mb - b.mb);
  const passed = limits.find((limit) => sizeBytes > limit.mb * BYTES_PER_UPLOAD_MB);
  if (passed === undefined) return undefined;
  const remedy =
    pictureQuality === 'standard'
      ? 'Use fewer pictures, or export the parts one at a time, and export again.'
      : 'Choose standard pictures in Settings (Cover page and layout) and export again.';
  return `At ${uploadSize(sizeBytes)} it is over ${passed.whose} of ${passed.mb} MB, so it may be refused when you upload it. ${remedy}`;
}
