import { expect, test } from '@playwright/test';
import {
  addEvidence,
  CANDIDATE,
  createPortfolio,
  docxParagraphs,
  editor,
  openFreshApp,
  openSection,
  partTotal,
  waitForSaved,
} from './app';

const PARAGRAPH = 'Pupil voice shaped the new provision map for Year 7.';

test('a candidate writes, the work survives a reload, and the export holds it under the section heading', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);

  await openSection(page, 'Reflective commentary');

  await editor(page).click();
  await page.keyboard.type(PARAGRAPH);
  await expect(page.getByTestId('section-word-count')).toHaveText(
    '10 words in this section · 12 words toward the limit (the title counts as a heading)',
  );
  // The ten words, and the section's two-word title, a heading in the exported document.
  await expect(partTotal(page, 'Part 1')).toHaveText('12 / 5,000 words');
  await expect(partTotal(page, 'Part 2')).toHaveText('0 / 5,000 words');
  await waitForSaved(page);

  await page.reload();
  await expect(editor(page)).toHaveText(PARAGRAPH);
  await expect(page.getByTestId('section-word-count')).toHaveText(
    '10 words in this section · 12 words toward the limit (the title counts as a heading)',
  );
  await expect(partTotal(page, 'Part 1')).toHaveText('12 / 5,000 words');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Part 1 — Portfolio of Evidence as a Word document' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${CANDIDATE.number} Part 1.docx`);
  await expect(page.getByRole('status').filter({ hasText: 'is downloading' })).toBeVisible();

  const paragraphs = await docxParagraphs(download);
  // The cover declares the number the app shows, and names the candidate by number only.
  const texts = paragraphs.map(([, text]) => text);
  expect(texts.slice(texts.indexOf('Word count'), texts.indexOf('Word count') + 2)).toEqual(['Word count', '12 words']);
  expect(texts).toContain(CANDIDATE.number);
  expect(texts.join('\n')).not.toContain(CANDIDATE.name);
  const heading = paragraphs.findIndex(([style, text]) => style === 'Heading1' && text === 'Reflective commentary');
  expect(heading).toBeGreaterThanOrEqual(0);
  expect(paragraphs[heading + 1]).toEqual(['Normal', PARAGRAPH]);
});

test('text typed more than a second before a reload is never lost, even without waiting for "Saved"', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Reflective commentary');
  await editor(page).click();
  await page.keyboard.type('First thoughts on the graduated approach');
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(editor(page)).toHaveText('First thoughts on the graduated approach');
});

test('the counters follow every keystroke and each part counts only its own sections', async ({ page }) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Reflective commentary');
  await editor(page).click();
  await page.keyboard.type('one two three');
  // Every part total includes the section's title “Reflective commentary”, a heading in the export.
  await expect(partTotal(page, 'Part 1')).toHaveText('5 / 5,000 words');
  await page.keyboard.press('Enter');
  await page.keyboard.type('four-five and/or six');
  await expect(partTotal(page, 'Part 1')).toHaveText('8 / 5,000 words');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(partTotal(page, 'Part 1')).toHaveText('7 / 5,000 words');

  await openSection(page, 'Introduction and rationale');
  await editor(page).click();
  await page.keyboard.type('An enquiry into reading interventions');
  await expect(partTotal(page, 'Part 2')).toHaveText('8 / 5,000 words');
  await expect(partTotal(page, 'Part 1')).toHaveText('7 / 5,000 words');
});

test('every form saved as it is typed is saved before an export, and one form’s failure is not hidden by another’s save', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await addEvidence(page, 'Annual review');

  // Typed, and exported at once: before the form's own save would have run.
  await page.getByLabel('Title').fill('Annual review with parents and the speech therapist');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Part 1 — Portfolio of Evidence as a Word document' }).click();
  const texts = (await docxParagraphs(await downloading)).map(([, text]) => text);
  expect(texts.some((text) => text.includes('Annual review with parents and the speech therapist'))).toBe(true);

  // An empty title cannot be saved: the failure stays said while the commentary beside it saves.
  await page.getByLabel('Title').fill('');
  await expect(page.getByRole('alert').filter({ hasText: 'Give the evidence a title.' })).toBeVisible();
  await editor(page).click();
  await page.keyboard.type('We met in the spring term.');
  // Longer than the commentary's save takes (it starts within 400 ms of the last key).
  await page.waitForTimeout(1500);
  await expect(page.getByRole('alert').filter({ hasText: 'Give the evidence a title.' })).toBeVisible();
  await page.getByLabel('Title').fill('Annual review');
  await waitForSaved(page);
});
