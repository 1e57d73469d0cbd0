import { expect, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortfolio, editor, openFreshApp, openSection, waitForSaved } from './app';

/**
 * Photos as phones take them, made by Pillow (scripts/make-phone-photos.py), with what ExifTool
 * writes as a phone does: where it was taken and who took it. .ci/run installs both and sets
 * REQUIRE_PICTURE_TOOLS, so there the tests that need them never skip.
 */

const PYTHON = '/usr/bin/python3';
export const PICTURE_TOOLS_MISSING =
  spawnSync('exiftool', ['-ver'], { stdio: 'ignore' }).status !== 0 ||
  spawnSync(PYTHON, ['-c', 'import PIL'], { stdio: 'ignore' }).status !== 0;
export const PICTURE_TOOLS_REQUIRED = process.env['REQUIRE_PICTURE_TOOLS'] === '1';

export interface PhotoShape {
  readonly widthPx?: number;
  readonly heightPx?: number;
  /** EXIF orientation: 6 is a phone held upright (the picture stored sideways). */
  readonly orientation?: number;
}

/** `count` phone photos on disk, with a GPS position and the photographer's name in their EXIF. */
export function phonePhotos(count: number, { widthPx = 4032, heightPx = 3024, orientation = 1 }: PhotoShape = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'nasenco-photos-'));
  const made = execFileSync(
    PYTHON,
    [
      join(import.meta.dirname, '..', 'scripts', 'make-phone-photos.py'),
      folder,
      String(count),
      String(widthPx),
      String(heightPx),
      String(orientation),
    ],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n');
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    '-GPSLatitude=51.5072',
    '-GPSLatitudeRef=N',
    '-GPSLongitude=0.1276',
    '-GPSLongitudeRef=W',
    '-Artist=Jayden Smith',
    ...made,
  ]);
  return made;
}

/** What ExifTool finds in a file that could say who, where or when (a colour profile's own dates and names are the browser's, the same for everyone). */
export function tellingTags(path: string): string[] {
  const tags = (JSON.parse(execFileSync('exiftool', ['-j', '-a', '-G1', path], { encoding: 'utf8' })) as object[])[0];
  return Object.entries(tags ?? {})
    .map(([tag, value]) => `${tag}=${String(value)}`)
    .filter((tag) => !tag.startsWith('ICC') && /GPS|Artist|Make|Model|DateTime|Jayden|XMP|Orientation/iu.test(tag));
}

/** A new portfolio with `photos` chosen one by one into its Findings section, saved. */
export async function portfolioOfPhotos(page: Page, photos: readonly string[]): Promise<void> {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  for (const [index, photo] of photos.entries()) {
    await page.getByLabel('Choose a picture').setInputFiles(photo);
    await expect(editor(page).locator('figure')).toHaveCount(index + 1, { timeout: 60_000 });
  }
  await waitForSaved(page);
}
