import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutMetadata } from '../pictures/image-metadata.js';
import type { Picture } from '../pictures/picture.js';
import { noisePng } from '../pictures/noise-png.test-data.js';
import {
  pixelsNeeded,
  printedDotsPerInch,
  previewSize,
  printedSize,
  scaledDecodeSize,
  type PixelSize,
} from '../pictures/print-size.js';
import { textWidthPx } from './submission-style.js';
import { USUAL_LAYOUT } from '../programme/submission-settings.js';
import {
  exportCopy,
  PICTURES_AT_ONCE,
  withExportCopies,
  type EncodedAs,
  type PictureEncoder,
} from './export-pictures.js';
import { pieceOf, submissionOf } from './sample-submission.test-data.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../pictures/fixtures/${name}`, import.meta.url)));
/** 640 × 480 as stored, EXIF orientation 6 (turn a quarter clockwise), as phones save a portrait photo; with GPS and more. */
const sidewaysPhoto = fixture('motion-photo.jpg');
/** 900 × 500, a chart saved as PNG. */
const chart = fixture('reading-ages.png');
const textWidth = textWidthPx(USUAL_LAYOUT);

interface Request {
  readonly source: Picture;
  readonly size: PixelSize;
  readonly as: EncodedAs;
}

/**
 * A stand-in for the browser's encoder, which needs a canvas this test cannot have (the real one
 * is tested in Chromium, e2e/phone-photos.spec.ts): it records what it is asked and answers with
 * a copy of the length given for each format.
 */
function encoderAnswering(lengths: Partial<Record<EncodedAs, number>>): PictureEncoder & { requests: Request[] } {
  const requests: Request[] = [];
  return {
    requests,
    encode(source, size, as) {
      requests.push({ source, size, as });
      const length = lengths[as];
      return length === undefined
        ? Promise.reject(new Error('cannot decode'))
        : Promise.resolve(new Uint8Array(length));
    },
  };
}

describe('the pixels a printed picture needs', () => {
  it('gives a phone photo (4032 × 3024) what the text’s width needs at 220 dots to the inch, and no more', () => {
    const photo = { widthPx: 4032, heightPx: 3024 };
    const needed = pixelsNeeded(photo, textWidth, 'standard');
    expect(needed).toEqual({ widthPx: 1284, heightPx: 963 });
    const dpi = printedDotsPerInch(needed!, printedSize(photo, textWidth));
    expect(dpi).toBeGreaterThanOrEqual(220);
    expect(dpi).toBeLessThan(222);
  });

  it('gives 330 dots to the inch at high quality, and the photo as taken at original', () => {
    const photo = { widthPx: 4032, heightPx: 3024 };
    const needed = pixelsNeeded(photo, textWidth, 'high');
    expect(printedDotsPerInch(needed!, printedSize(photo, textWidth))).toBeGreaterThanOrEqual(330);
    expect(pixelsNeeded(photo, textWidth, 'original')).toBeUndefined();
  });

  it('never enlarges: a picture with fewer pixels than its print needs goes as it is', () => {
    expect(pixelsNeeded({ widthPx: 800, heightPx: 600 }, textWidth, 'standard')).toBeUndefined();
  });
});

describe('the size asked of a JPEG decoder', () => {
  it('asks for the smallest eighth of the photo that holds the pixels wanted, since the decoder rounds down', () => {
    // 1284 × 963 wanted from 4032 × 3024 is 0.32 of it: three eighths (1512 × 1134) hold it, a quarter would not.
    expect(scaledDecodeSize({ widthPx: 4032, heightPx: 3024 }, { widthPx: 1284, heightPx: 963 })).toEqual({
      widthPx: 1513,
      heightPx: 1135,
    });
  });

  it('asks for every pixel when more than seven eighths are wanted', () => {
    expect(scaledDecodeSize({ widthPx: 1000, heightPx: 800 }, { widthPx: 900, heightPx: 700 })).toBeUndefined();
  });
});

describe('the preview a picture is shown from in the editor', () => {
  it('fits a phone photo in 1600 pixels, upright and in proportion', () => {
    expect(previewSize({ widthPx: 4032, heightPx: 3024 })).toEqual({ widthPx: 1600, heightPx: 1200 });
    expect(previewSize({ widthPx: 3024, heightPx: 4032 })).toEqual({ widthPx: 1200, heightPx: 1600 });
  });

  it('is not made for a picture already small enough to show as it is', () => {
    expect(previewSize({ widthPx: 1600, heightPx: 900 })).toBeUndefined();
    expect(previewSize({ widthPx: 640, heightPx: 480 })).toBeUndefined();
  });
});

describe('an export copy of a picture', () => {
  it('turns a sideways phone photo upright and sizes it as shown, from the picture without its metadata', async () => {
    const encoder = encoderAnswering({ jpeg: 900 });
    const copy = await exportCopy(sidewaysPhoto, 100, 'standard', encoder);
    expect(copy.length).toBe(900);
    expect(encoder.requests).toHaveLength(1);
    const [request] = encoder.requests;
    // Shown 480 × 640 (upright); 100 px wide in print at 220 dots to the inch.
    expect(request?.size).toEqual({ widthPx: 230, heightPx: 306 });
    expect(request?.as).toBe('jpeg');
    // The picture alone goes to the decoder, with the turn that shows it upright.
    expect(request?.source.bytes).toEqual(withoutMetadata(sidewaysPhoto, { keepOrientation: false })?.bytes);
    expect(Buffer.from(request!.source.bytes).includes(Buffer.from('GPS'))).toBe(false);
    expect([request?.source.quarterTurns, request?.source.mirrored]).toEqual([1, false]);
  });

  it('keeps a chart a lossless PNG unless JPEG is under half its size (a photo saved as PNG)', async () => {
    const pngSmaller = encoderAnswering({ png: 300, jpeg: 500 });
    expect((await exportCopy(chart, 200, 'standard', pngSmaller)).length).toBe(300);
    expect(pngSmaller.requests.map((request) => request.as)).toEqual(['png', 'jpeg']);
    const jpegLittleSmaller = encoderAnswering({ png: 800, jpeg: 500 });
    expect((await exportCopy(chart, 200, 'standard', jpegLittleSmaller)).length).toBe(800);
    const jpegFarSmaller = encoderAnswering({ png: 8000, jpeg: 1000 });
    expect((await exportCopy(chart, 200, 'standard', jpegFarSmaller)).length).toBe(1000);
  });

  it('keeps a picture that needs no scaling as it is (its metadata gone) unless a re-encoded copy is smaller', async () => {
    const original = withoutMetadata(chart, { keepOrientation: false })!.bytes;
    const larger = encoderAnswering({ png: original.length + 1, jpeg: original.length + 1 });
    expect(await exportCopy(chart, textWidth, 'standard', larger)).toEqual(original);
    const smaller = encoderAnswering({ png: original.length + 1, jpeg: 10 });
    expect((await exportCopy(chart, textWidth, 'standard', smaller)).length).toBe(10);
  });

  it('turns a sideways photo that needs no fewer pixels, rather than sending it with its turn stripped', async () => {
    const smaller = encoderAnswering({ jpeg: 100_000 });
    const copy = await exportCopy(sidewaysPhoto, textWidth, 'standard', smaller);
    expect(smaller.requests.map((request) => request.size)).toEqual([{ widthPx: 480, heightPx: 640 }]);
    expect(copy.length).toBe(100_000);
    // Where it cannot be drawn, it goes as it came, orientation and all, for Word to turn.
    expect(await exportCopy(sidewaysPhoto, textWidth, 'standard', encoderAnswering({}))).toBe(sidewaysPhoto);
  });

  it('sends a picture the browser cannot decode as it is, for the document to say so as it always has', async () => {
    const broken = encoderAnswering({});
    const large = noisePng(2000, 1000);
    expect(await exportCopy(large, textWidth, 'standard', broken)).toBe(large);
  });

  it('leaves every picture untouched at original quality, asking the encoder nothing', async () => {
    const encoder = encoderAnswering({ jpeg: 1 });
    expect(await exportCopy(sidewaysPhoto, 100, 'original', encoder)).toBe(sidewaysPhoto);
    expect(encoder.requests).toHaveLength(0);
  });
});

describe('a submission’s pictures for export', () => {
  it('replaces the figures’ and the evidence’s pictures with their copies, two pictures at a time', async () => {
    const large = noisePng(1800, 900);
    const evidence = {
      title: 'Observation of a reading intervention',
      summary: '',
      context: '',
      description: '',
      commentary: { type: 'doc', content: [] },
      pictures: [
        { name: 'Display.png', bytes: large },
        { name: 'Work sample.png', bytes: large },
      ],
      otherAttachments: [],
    };
    const submission = submissionOf(pieceOf('Part 1', [], { evidence: [evidence] }));
    const withLarge = {
      ...submission,
      pictures: new Map([...submission.pictures].map(([id, picture]) => [id, { ...picture, bytes: large }])),
    };
    let decoding = 0;
    let mostAtOnce = 0;
    const encoder: PictureEncoder = {
      async encode() {
        mostAtOnce = Math.max(mostAtOnce, ++decoding);
        await new Promise((resolve) => setTimeout(resolve, 1));
        decoding -= 1;
        return new Uint8Array(7);
      },
    };
    const copied = await withExportCopies(withLarge, 'standard', encoder);
    const all = [
      ...copied.pictures.values(),
      ...copied.pieces.flatMap((piece) => piece.evidence.flatMap((item) => item.pictures)),
    ];
    expect(all).toHaveLength(submission.pictures.size + 2);
    expect(all.every((picture) => picture.bytes.length === 7)).toBe(true);
    expect(mostAtOnce).toBe(PICTURES_AT_ONCE);
    // The names and everything else are as they were.
    expect([...copied.pictures.keys()]).toEqual([...submission.pictures.keys()]);
    expect(copied.pieces.map((piece) => piece.title)).toEqual(submission.pieces.map((piece) => piece.title));
  });
});
