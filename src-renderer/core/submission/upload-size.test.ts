import { describe, expect, it } from 'vitest';
import { uploadSize, uploadSizeWarning } from './upload-size.js';

describe('whether an exported document will upload', () => {
  it('says nothing of a document under every limit', () => {
    expect(uploadSizeWarning(8_200_000, null)).toBeUndefined();
    expect(uploadSizeWarning(19_999_999, 20)).toBeUndefined();
  });

  it('warns of a document over Turnitin’s 100 MB, saying how to make it smaller', () => {
    expect(uploadSizeWarning(113_600_000, null, 'original')).toBe(
      'At 114 MB it is over Turnitin’s limit of 100 MB, so it may be refused when you upload it. ' +
        'Choose standard pictures in Settings (Cover page and layout) and export again.',
    );
    // Already standard: the pictures are as small as they go, so the advice is another.
    expect(uploadSizeWarning(113_600_000, null, 'standard')).toMatch(/Use fewer pictures, or export the parts/u);
  });

  it('warns of the provider’s own limit first, when it is the smaller', () => {
    expect(uploadSizeWarning(20_000_001, 20)).toMatch(/^At 20.0 MB it is over your provider’s upload limit of 20 MB/u);
    expect(uploadSizeWarning(113_600_000, 20)).toMatch(/over your provider’s upload limit of 20 MB/u);
  });

  it('counts a megabyte as a million bytes, the stricter way, so a file it passes is never refused', () => {
    expect(uploadSizeWarning(100_000_000, null)).toBeUndefined();
    expect(uploadSizeWarning(100_000_001, null)).toMatch(/Turnitin/u);
    expect(uploadSize(8_249_000)).toBe('8.2 MB');
    expect(uploadSize(24_400)).toBe('24 KB');
    expect(uploadSize(1_234_567_890)).toBe('1,235 MB');
  });
});
