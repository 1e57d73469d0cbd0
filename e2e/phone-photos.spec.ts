import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { pictureForExport } from '../src-renderer/core/pictures/picture';
import { addEvidence, createPortfolio, editor, navigation, openFreshApp, openSection } from './app';
import { chartPng } from './sample-files';
import { PICTURE_TOOLS_MISSING, PICTURE_TOOLS_REQUIRED, phonePhotos, tellingTags } from './phone-photos';

/**
 * Photos from a phone in the enquiry: the portfolio keeps each as it was taken; the exported
 * document gets copies sized for the page, upright, with nothing but the picture, and says its
 * size, warning when it is over an upload limit.
 */

test.skip(
  PICTURE_TOOLS_MISSING && !PICTURE_TOOLS_REQUIRED,
  'exiftool or Debian’s python3-pil is not installed, so no phone photo can be made',
);

const EXPORT_PART_2 = 'Export Part 2 — Reflective Practitioner Enquiry as a Word document';

async function exportPart2(page: Page): Promise<{ media: Map<string, Uint8Array>; size: number; path: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: EXPORT_PART_2 }).click();
  const download = await downloading;
  const path = await download.path();
  const bytes = readFileSync(path);
  const media = new Map(
    Object.entries(unzipSync(new Uint8Array(bytes))).filter(([name]) => name.startsWith('word/media/')),
  );
  return { media, size: bytes.length, path };
}

async function pictureSettings(page: Page, quality: string, limit: string): Promise<void> {
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const form = page.getByRole('form', { name: 'Cover page and layout' });
  await form.getByLabel('Pictures in exported documents').selectOption({ label: quality });
  await form.getByLabel('Your provider’s upload limit (MB)').fill(limit);
}

test('a phone photo goes in the document sized for print, upright and with nothing but the picture; the portfolio keeps it as taken', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Held upright: stored sideways (4032 × 3024) with EXIF orientation 6, with GPS and a name.
  const [photo] = phonePhotos(1, { orientation: 6 });
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('The display after the first term.');
  await page.getByLabel('Choose a picture').setInputFiles(photo!);
  await expect(editor(page).locator('figure img')).toBeVisible();
  await page.keyboard.type('The class display');
  // A chart saved from a spreadsheet, wider than its print needs.
  await page
    .getByLabel('Choose a picture')
    .setInputFiles({ name: 'Reading ages.png', mimeType: 'image/png', buffer: chartPng(3000, 1500) });
  await expect(editor(page).locator('figure img')).toHaveCount(2);
  // On screen, each is shown from a preview made off the page at display size, upright: never 12 MP decoded on the page.
  await expect
    .poll(() =>
      editor(page)
        .locator('figure img')
        .evaluateAll((images) =>
          images.map((image) => [(image as HTMLImageElement).naturalWidth, (image as HTMLImageElement).naturalHeight]),
        ),
    )
    .toEqual([
      [1200, 1600],
      [1600, 800],
    ]);

  // Standard quality: 220 dots to the inch where it is printed, 3024 × 4032 shown.
  const standard = await exportPart2(page);
  await expect(page.locator('.notice-bar')).toContainText(/\(\d+ KB\) is downloading/u);
  expect(standard.media.size).toBe(2);
  const [[name, copy], [, chart]] = [...standard.media].sort(([a], [b]) => a.localeCompare(b)) as [
    [string, Uint8Array],
    [string, Uint8Array],
  ];
  expect(name).toMatch(/\.jpe?g$/u);
  const picture = pictureForExport(copy)!;
  // Upright in its pixels (no turn left for Word to make), and sized for a picture 420 px (4.4 inches) tall.
  expect([picture.quarterTurns, picture.widthPx, picture.heightPx]).toEqual([0, 722, 963]);
  expect(copy.length).toBeLessThan(600_000);
  // The chart stays a lossless PNG, sized for the text's width (6.3 inches) at 220 dots to the inch.
  expect([pictureForExport(chart)?.format, pictureForExport(chart)?.widthPx]).toEqual(['png', 1378]);
  const folder = mkdtempSync(join(tmpdir(), 'nasenco-copy-'));
  writeFileSync(join(folder, 'copy.jpg'), copy);
  expect(tellingTags(join(folder, 'copy.jpg'))).toEqual([]);

  // Original: the photo as taken comes out, so the portfolio kept it; over a 1 MB limit, which is said.
  await pictureSettings(page, 'Original (large files)', '1');
  await openSection(page, 'Findings');
  const original = await exportPart2(page);
  const taken = [...original.media].find(([file]) => /\.jpe?g$/u.test(file))![1];
  const kept = pictureForExport(taken)!;
  // As stored, sideways: Word turns it, as it did before pictures were sized.
  expect([kept.widthPx, kept.heightPx]).toEqual([4032, 3024]);
  expect(original.size).toBeGreaterThan(5_000_000);
  await expect(page.locator('.notice-bar')).toContainText(
    /is over your provider’s upload limit of 1 MB, so it may be refused when you upload it/u,
  );

  // LibreOffice prints the standard copy at 220 dots to the inch or more, and upright.
  test.skip(spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0, 'LibreOffice is not installed');
  const docx = join(folder, 'standard.docx');
  writeFileSync(docx, readFileSync(standard.path));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { stdio: 'ignore' });
  // pdfimages -list: page, num, type, width, height, color, comp, bpc, enc, interp, object, ID, x-ppi, y-ppi, …
  const images = execFileSync('pdfimages', ['-list', join(folder, 'standard.pdf')], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/u))
    // A PNG's transparency is listed as an image of its own (a soft mask).
    .filter((columns) => columns[2] === 'image');
  expect(images).toHaveLength(2);
  expect(images.map((columns) => [Number(columns[3]), Number(columns[4])])).toEqual([
    [722, 963],
    [1378, 689],
  ]);
  for (const columns of images) expect(Number(columns[12]), 'dots to the inch in print').toBeGreaterThanOrEqual(200);
});

const heic = readFileSync(new URL('../src-renderer/core/pictures/fixtures/iphone-photo.heic', import.meta.url));

test('an iPhone’s HEIC photo goes in as a JPEG, upright, with nothing but the picture; one that cannot be decoded is refused in words', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await page
    .getByLabel('Choose a picture')
    .setInputFiles({ name: 'IMG_4001.HEIC', mimeType: 'image/heic', buffer: heic });
  const picture = editor(page).locator('figure img');
  await expect(picture).toHaveJSProperty('naturalWidth', 640);
  // The red block the photo has at its top left is there, so it is the right way up.
  const topLeft = await picture.evaluate((shown: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = shown.naturalWidth;
    canvas.height = shown.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(shown, 0, 0);
    return [...context.getImageData(20, 20, 1, 1).data.slice(0, 3)];
  });
  expect(topLeft[0]).toBeGreaterThan(180);
  expect(topLeft[1]).toBeLessThan(80);

  // Cut short, as a photo half-copied from a phone is: refused in words, and nothing is added.
  await page
    .getByLabel('Choose a picture')
    .setInputFiles({ name: 'IMG_4002.HEIC', mimeType: 'image/heic', buffer: heic.subarray(0, 1500) });
  await expect(page.getByRole('alert')).toContainText('“IMG_4002.HEIC” is a HEIC photo that could not be read');
  await expect(picture).toHaveCount(1);

  // In the document: a JPEG with no GPS, camera or name left in it.
  const { media } = await exportPart2(page);
  const [name, jpeg] = [...media][0]!;
  expect(name).toMatch(/\.jpe?g$/u);
  expect([pictureForExport(jpeg)?.widthPx, pictureForExport(jpeg)?.heightPx]).toEqual([640, 480]);
  const folder = mkdtempSync(join(tmpdir(), 'nasenco-heic-'));
  writeFileSync(join(folder, 'photo.jpg'), jpeg);
  expect(tellingTags(join(folder, 'photo.jpg'))).toEqual([]);

  // Attached to evidence, it is kept as a JPEG too.
  await addEvidence(page, 'Display in the reading corner');
  await page
    .getByLabel(/^Attach files/u)
    .setInputFiles({ name: 'IMG_4001.HEIC', mimeType: 'image/heic', buffer: heic });
  await expect(page.getByRole('button', { name: 'Remove IMG_4001.jpg' })).toBeVisible();
});

/**
 * Photos stored as cameras store them for each of EXIF's eight orientations (Pillow turns an
 * upright picture the other way, then tags it), each with red at its top left and blue at its
 * top right when shown upright; large enough that the export re-draws them.
 */
const ORIENTED = `
import sys
from PIL import Image, ImageDraw
folder = sys.argv[1]
undo = {2: Image.FLIP_LEFT_RIGHT, 3: Image.ROTATE_180, 4: Image.FLIP_TOP_BOTTOM, 5: Image.TRANSPOSE,
        6: Image.ROTATE_90, 7: Image.TRANSVERSE, 8: Image.ROTATE_270}
for orientation in range(1, 9):
    upright = Image.new('RGB', (2400, 1800), (255, 255, 255))
    draw = ImageDraw.Draw(upright)
    draw.rectangle([0, 0, 400, 300], fill=(220, 20, 20))
    draw.rectangle([2000, 0, 2400, 300], fill=(20, 20, 220))
    stored = upright.transpose(undo[orientation]) if orientation in undo else upright
    exif = stored.getexif()
    exif[0x0112] = orientation
    stored.save(f'{folder}/orientation-{orientation}.jpg', quality=90, exif=exif.tobytes())
`;
const CORNERS = `
import sys
from PIL import Image
for path in sys.argv[1:]:
    image = Image.open(path).convert('RGB')
    w, h = image.size
    print(w, h, *image.getpixel((20, 20)), *image.getpixel((w - 20, 20)))
`;

test('a photo in any of the eight orientations a camera stores comes out upright', async ({ page }) => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(join(tmpdir(), 'nasenco-oriented-'));
  execFileSync('/usr/bin/python3', ['-c', ORIENTED, folder]);
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Eight ways up.');
  for (let orientation = 1; orientation <= 8; orientation++) {
    await page.getByLabel('Choose a picture').setInputFiles(join(folder, `orientation-${orientation}.jpg`));
    await expect(editor(page).locator('figure img')).toHaveCount(orientation);
    await page.keyboard.type(`Orientation ${orientation}`);
  }
  const { path } = await exportPart2(page);
  // In the document's order: word/document.xml names each picture's file as it places it.
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const relations = new TextDecoder().decode(files['word/_rels/document.xml.rels']);
  const body = new TextDecoder().decode(files['word/document.xml']);
  const inOrder = [...body.matchAll(/r:embed="([^"]+)"/gu)].map(([, id]) => {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(relations)?.[1];
    const written = join(folder, `copy-${id}.jpg`);
    writeFileSync(written, files[`word/${target}`]!);
    return written;
  });
  expect(inOrder).toHaveLength(8);
  const corners = execFileSync('/usr/bin/python3', ['-c', CORNERS, ...inOrder], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.split(' ').map(Number));
  corners.forEach(([width, height, ...colours], index) => {
    const [redR, , redB, blueR, , blueB] = colours;
    expect([width, height], `orientation ${index + 1}: landscape, as shown`).toEqual([1284, 963]);
    expect(redR! > 150 && redB! < 100, `orientation ${index + 1}: red at the top left`).toBe(true);
    expect(blueB! > 150 && blueR! < 100, `orientation ${index + 1}: blue at the top right`).toBe(true);
  });
});
