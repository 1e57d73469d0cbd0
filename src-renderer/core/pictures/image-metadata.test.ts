import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageFormat, withoutMetadata } from './image-metadata.js';

/**
 * Fixtures made as phones and cameras make them (scripts/make-picture-fixtures.py: Pillow,
 * ExifTool, ffmpeg), each hiding "Jayden", "Greenfield" and a GPS position where a careless
 * cleaner leaves them. ExifTool, the tool people use to read what a picture gives away, must
 * find nothing left; Pillow must decode the same pixels from the cleaned file as from the
 * original. .ci/run installs both and sets REQUIRE_PICTURE_TOOLS, so there this never skips.
 */

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
const PYTHON = '/usr/bin/python3';
const available =
  spawnSync('exiftool', ['-ver'], { stdio: 'ignore' }).status === 0 &&
  spawnSync(PYTHON, ['-c', 'import PIL'], { stdio: 'ignore' }).status === 0;
const required = process.env['REQUIRE_PICTURE_TOOLS'] === '1';

const FIXTURES = [
  ['motion-photo.jpg', 'a motion photo: EXIF with GPS, XMP, and an MP4 after the end of the picture'],
  ['multi-picture.jpg', 'a multi-picture JPEG whose second picture holds its own EXIF with GPS'],
  ['screenshot-with-exif.png', 'a PNG with an eXIf chunk, a text comment and XMP'],
  ['chart-with-comment.gif', 'a GIF with a comment and XMP'],
  ['photo-with-exif.webp', 'a WebP with EXIF and XMP chunks'],
] as const;

describe('pictures keep nothing but the picture', () => {
  it.each(FIXTURES)('%s (%s): nothing identifying is left in the bytes', (name) => {
    const original = fixture(name);
    expect(contains(original, 'Jayden')).toBe(true);
    const clean = withoutMetadata(original, { keepOrientation: true });
    expect(clean).toBeDefined();
    for (const words of ['Jayden', 'Greenfield', 'GPS', 'MPF', 'ftyp', 'http://ns.adobe.com/xap', 'XMP'])
      expect(contains(clean!.bytes, words)).toBe(false);
    expect(clean!.format).toBe(imageFormat(original));
  });

  it('stops a JPEG at its end-of-image marker, so the video or second picture after it is gone', () => {
    const clean = withoutMetadata(fixture('motion-photo.jpg'), { keepOrientation: true })!;
    expect(clean.bytes.at(-2)).toBe(0xff);
    expect(clean.bytes.at(-1)).toBe(0xd9);
    expect(clean.bytes.length).toBeLessThan(fixture('motion-photo.jpg').indexOf(0x66) + 14_000);
  });

  it('keeps a phone photo’s orientation, alone, where asked, and not even that for export', () => {
    const kept = withoutMetadata(fixture('motion-photo.jpg'), { keepOrientation: true })!;
    expect(kept.orientation).toBe(6);
    expect(withoutMetadata(kept.bytes, { keepOrientation: true })?.orientation).toBe(6);
    const exported = withoutMetadata(fixture('motion-photo.jpg'), { keepOrientation: false })!;
    expect(contains(exported.bytes, 'Exif')).toBe(false);
    expect(exported.orientation).toBe(6);
  });

  it('refuses what is not a picture it can read, or a picture cut short', () => {
    expect(withoutMetadata(new TextEncoder().encode('%PDF-1.7'), { keepOrientation: true })).toBeUndefined();
    for (const [name] of FIXTURES)
      expect(withoutMetadata(fixture(name).subarray(0, 40), { keepOrientation: true })).toBeUndefined();
  });

  describe.skipIf(!available && !required)(
    'as ExifTool and Pillow read the result (skipped: exiftool or Debian’s python3-pil not installed)',
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'nasenco-pictures-'));
      afterAll(() => rmSync(folder, { recursive: true, force: true }));

      it.each(FIXTURES)(
        '%s: ExifTool finds no GPS, author, description, XMP, second picture or trailer; Pillow decodes the same pixels',
        (name) => {
          const before = join(folder, `before-${name}`);
          const after = join(folder, `after-${name}`);
          writeFileSync(before, fixture(name));
          writeFileSync(after, withoutMetadata(fixture(name), { keepOrientation: true })!.bytes);
          const tags = (
            JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', after], { encoding: 'utf8' })) as Record<
              string,
              unknown
            >[]
          )[0]!;
          const told = Object.entries(tags).map(([tag, value]) => `${tag}=${String(value)}`);
          expect(
            told.filter(
              (tag) =>
                /GPS|Artist|ImageDescription|Creator|Comment|XMP|MPImage|MicroVideo|Trailer|Jayden|Greenfield/iu.test(
                  tag,
                ) &&
                !tag.startsWith('System:') &&
                !tag.startsWith('SourceFile'),
            ),
          ).toEqual([]);
          const pixels = (path: string) =>
            execFileSync(
              PYTHON,
              [
                '-c',
                'import sys, hashlib; from PIL import Image; im = Image.open(sys.argv[1]); im.load(); print(im.size, im.mode, hashlib.sha256(im.tobytes()).hexdigest())',
                path,
              ],
              { encoding: 'utf8' },
            );
          expect(pixels(after)).toBe(pixels(before));
        },
      );
    },
  );
});
