import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { createPortfolio, docxBodyParagraphs, editor, openFreshApp, openSection, partTotal, waitForSaved } from './app';
import { samplePng } from './sample-files';

function toolbarButton(page: Page, name: string) {
  return page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
}

test('a table, a picture with its caption and a link are written, kept, counted by the rules and exported', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Reading ages rose.');

  // A table: Tab moves from cell to cell; the table's own buttons show only inside it.
  await expect(toolbarButton(page, 'Add a row below')).toHaveCount(0);
  await toolbarButton(page, 'Insert a table').click();
  for (const cell of ['Pupil', 'Gain', 'Note', 'Pupil A', 'seven months', 'paired reading']) {
    await page.keyboard.type(cell);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Shift+Tab');
  await toolbarButton(page, 'Add a row below').click();
  await expect(editor(page).locator('table tr')).toHaveCount(4);
  await expect(editor(page).locator('table th')).toHaveText(['Pupil', 'Gain', 'Note']);

  // A picture in a table cell goes in the cell.
  await page
    .getByLabel('Choose a picture')
    .setInputFiles({ name: 'pupil-a.png', mimeType: 'image/png', buffer: samplePng(40, 30) });
  await expect(editor(page).locator('table figure')).toHaveCount(1);

  // A picture from a file, after the paragraph the cursor is in, with the cursor left in its caption.
  await editor(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page
    .getByLabel('Choose a picture')
    .setInputFiles({ name: 'reading-ages.png', mimeType: 'image/png', buffer: samplePng(120, 60) });
  const figure = editor(page).locator('figure').first();
  await expect(editor(page).locator('figure')).toHaveCount(2);
  await expect(figure.locator('img')).toHaveJSProperty('naturalWidth', 120);
  await page.keyboard.type('Reading ages by term');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After the figure.');
  await expect(figure.locator('figcaption')).toHaveText('Reading ages by term');

  // What is not a PNG or JPEG is refused with the reason, and nothing is added.
  await page
    .getByLabel('Choose a picture')
    .setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7') });
  await expect(page.getByRole('alert')).toHaveText(
    '“scan.png” is not a PNG or JPEG picture, so it cannot go in your text. Save it as PNG or JPEG and add it again.',
  );
  await expect(editor(page).locator('figure')).toHaveCount(2);

  // A pasted web link keeps its address; a script link keeps only its text.
  await page.keyboard.press('Enter');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p>See <a href="https://example.org/guide">the guide</a> and <a href="javascript:alert(1)">this</a></p>',
    );
    document
      .querySelector('.section-text')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor(page).locator('a[href="https://example.org/guide"]')).toHaveText('the guide');
  // A link in the text never opens: not in the window, not in a new one, whichever way it is clicked.
  const address = page.url();
  let popups = 0;
  page.on('popup', () => popups++);
  const link = editor(page).locator('a[href="https://example.org/guide"]');
  // The app stops each click from following the link (the browser would not follow one in editable text, but a read-only text would).
  await page.evaluate(() => {
    const seen: boolean[] = [];
    Object.assign(window, { linkClicksStopped: seen });
    for (const type of ['click', 'auxclick'])
      document.addEventListener(type, (event) => seen.push(event.defaultPrevented));
  });
  await link.click();
  await link.click({ modifiers: ['Control'] });
  await link.click({ button: 'middle' });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { linkClicksStopped: boolean[] }).linkClicksStopped))
    .toEqual([true, true, true]);
  expect([page.url(), popups]).toEqual([address, 0]);
  await expect(editor(page).locator('a')).toHaveCount(1);

  // The usual rules leave tables and captions out: the title, "Reading ages rose.", "After the figure." and the pasted line.
  await expect(partTotal(page, 'Part 2')).toHaveText('12 / 5,000 words');
  // The section holds 28: nine in the table and two for the empty caption there, and six in the caption with its “Figure N:”.
  await expect(page.getByTestId('section-word-count')).toHaveText(
    '28 words in this section · 12 words toward the limit',
  );
  await waitForSaved(page);

  // Kept: after a reload the table, the picture and the caption are all there.
  await page.reload();
  await openSection(page, 'Findings');
  await expect(editor(page).locator('table tr')).toHaveCount(4);
  await expect(editor(page).locator('figure img').first()).toHaveJSProperty('naturalWidth', 120);
  await expect(editor(page).locator('figcaption').first()).toHaveText('Reading ages by term');

  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Export Part 2 — Reflective Practitioner Enquiry as a Word document' })
    .click();
  const download = await downloading;
  const body = (await docxBodyParagraphs(download)).map(([style, text]) => `${style}:${text}`);
  expect(body).toEqual(
    expect.arrayContaining([
      'Normal:Reading ages rose.',
      'Caption:Figure 1: Reading ages by term',
      'Normal:After the figure.',
      'Normal:See the guide and this',
      'Caption:Figure 2',
    ]),
  );
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  expect(xml).toMatch(/<w:tblHeader\/>(?:(?!<\/w:tr>).)*Pupil(?:(?!<\/w:tr>).)*Gain/s);
  expect(xml).toContain('paired reading');
  expect(xml).not.toContain('example.org');
  expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
});
