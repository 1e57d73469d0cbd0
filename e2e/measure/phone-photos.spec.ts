import { expect, test, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { createPortfolio, editor, navigation, openFreshApp, openSection, waitForSaved } from '../app';
import { PICTURE_TOOLS_MISSING, phonePhotos } from '../phone-photos';

/**
 * Twenty photos the size a phone takes them (4032 × 3024, camera-like noise, about 5.8 MB each,
 * made by Pillow: scripts/make-phone-photos.py) in one section of the enquiry:
 *
 * - chosen → visible: from the file input's change to the picture decoded in the text,
 *   measured in the page, median and worst of 20;
 * - the export of Part 2 at standard quality, time and size, against the same export at
 *   original quality (no scaling: the baseline) in the same run.
 *
 * Prints the figures; asserts nothing about time (docs/performance.md). Run by `npm run bench`.
 */
const PHOTOS = 20;

test.skip(PICTURE_TOOLS_MISSING, 'exiftool or Debian’s python3-pil is not installed, so no phone photo can be made');

test('twenty phone photos: added quickly, exported small', async ({ page }) => {
  test.setTimeout(600_000);
  const photos = phonePhotos(PHOTOS, { orientation: 6 });
  const photoBytes = photos.reduce((total, path) => total + statSync(path).size, 0);
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Displays across the school.');
  await timePicturesInPage(page);
  for (const [index, photo] of photos.entries()) {
    await page.getByLabel('Choose a picture').setInputFiles(photo);
    await expect.poll(() => picturesTimed(page), { timeout: 60_000 }).toHaveLength(index + 1);
    await page.keyboard.type(`Display ${index + 1}`);
  }
  const added = (await picturesTimed(page)).sort((a, b) => a - b);
  await waitForSaved(page);

  page.on('console', (message) => {
    if (message.text().startsWith('TIMING')) console.log(message.text());
  });
  const standard = await timedExport(page);
  await setPictureQuality(page, 'Original (large files)');
  const original = await timedExport(page);

  const median = added[Math.floor(added.length / 2)] ?? 0;
  const worst = added.at(-1) ?? 0;
  const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
  console.log(
    `\n${PHOTOS} phone photos (4032 × 3024, ${mb(photoBytes)} in all), browser edition:\n` +
      `  chosen → visible in the text: median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms\n` +
      `  export of Part 2, standard pictures: ${standard.ms} ms, ${mb(standard.bytes)}\n` +
      `  export of Part 2, original pictures (baseline): ${original.ms} ms, ${mb(original.bytes)}\n` +
      `  ratios: time ${(standard.ms / original.ms).toFixed(2)}×, size ${(standard.bytes / original.bytes).toFixed(3)}× the baseline\n`,
  );
});

/** Records, in the page, the time from each picture chosen to its being decoded and shown in the text. */
async function timePicturesInPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const times: number[] = [];
    let chosenAt: number | undefined;
    let shown = 0;
    const shownNow = () =>
      [...document.querySelectorAll<HTMLImageElement>('figure img')].filter(
        (picture) => picture.complete && picture.naturalWidth > 0,
      ).length;
    document.addEventListener(
      'change',
      (event) => {
        if ((event.target as HTMLElement).getAttribute('aria-label') === 'Choose a picture')
          chosenAt = performance.now();
      },
      true,
    );
    const watch = () => {
      const now = shownNow();
      if (chosenAt !== undefined && now > shown) {
        times.push(performance.now() - chosenAt);
        chosenAt = undefined;
      }
      shown = now;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    Object.assign(window, { pictureTimes: times });
  });
}

function picturesTimed(page: Page): Promise<number[]> {
  return page.evaluate(() => [...(window as unknown as { pictureTimes: number[] }).pictureTimes]);
}

async function timedExport(page: Page): Promise<{ ms: number; bytes: number }> {
  const button = page.getByRole('button', {
    name: 'Export Part 2 — Reflective Practitioner Enquiry as a Word document',
  });
  const downloading = page.waitForEvent('download');
  const started = Date.now();
  await button.click();
  const download = await downloading;
  const ms = Date.now() - started;
  return { ms, bytes: statSync(await download.path()).size };
}

async function setPictureQuality(page: Page, label: string): Promise<void> {
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await page
    .getByRole('form', { name: 'Cover page and layout' })
    .getByLabel('Pictures in exported documents')
    .selectOption({ label });
  await navigation(page)
    .getByRole('link', { name: /^Overview/ })
    .click();
}
