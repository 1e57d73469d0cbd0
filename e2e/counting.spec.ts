import { expect, test, type Page } from '@playwright/test';
import { countWords } from '../src-renderer/core/counting/count-words';
import { createPortfolio, editor, navigation, openFreshApp, openSection, partTotal, waitForSaved } from './app';

/** An independent recount: every block of the editor's text, counted from scratch by Word's rule. */
async function recount(page: Page): Promise<number> {
  const blocks = await editor(page).locator('p, h2, h3').allTextContents();
  return blocks.reduce((sum, text) => sum + countWords(text), 0);
}

/** The section counter shows what was typed; the part adds the section's title, a heading in the export. */
async function expectCountersToAgree(page: Page, part: string, title: string) {
  const words = await recount(page);
  const inPart = (words + countWords(title)).toLocaleString('en-GB');
  await expect(page.getByTestId('section-word-count')).toHaveText(
    new RegExp(`^${words.toLocaleString('en-GB')} words? in this section`),
  );
  await expect(partTotal(page, part)).toHaveText(`${inPart} / 5,000 words`);
  await expect(page.getByTestId('piece-word-count')).toContainText(`${inPart} / 5,000 words`);
}

test('typing, pasting, deleting and undoing keep every counter equal to a full recount', async ({ page }) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Reading ages rose — for most pupils — in the well-known trial (p. 12).');
  await expectCountersToAgree(page, 'Part 2', 'Findings');

  await page.keyboard.press('Enter');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p>Pasted: <b>twenty-one</b> pupils, 18% of the cohort, used&nbsp;the plan.</p><ul><li>One</li><li>Two items</li></ul>',
    );
    document
      .querySelector('.section-text')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor(page).locator('li')).toHaveCount(2);
  await expectCountersToAgree(page, 'Part 2', 'Findings');

  for (let i = 0; i < 12; i++) await page.keyboard.press('Backspace');
  await expectCountersToAgree(page, 'Part 2', 'Findings');
  await page.keyboard.press('Control+z');
  await expectCountersToAgree(page, 'Part 2', 'Findings');

  // A selection shows its own count.
  await editor(page).locator('p').first().selectText();
  await expect(page.getByTestId('selection-word-count')).toHaveText(
    `${countWords((await editor(page).locator('p').first().textContent()) ?? '')} words selected`,
  );
  await waitForSaved(page);

  // Another section's words join the part's total and the whole portfolio's.
  const findings = await recount(page);
  await openSection(page, 'Discussion');
  await editor(page).click();
  await page.keyboard.type('Three more words');
  // Findings and its title, and Discussion and its title.
  await expect(partTotal(page, 'Part 2')).toHaveText(`${(findings + 1 + 3 + 1).toLocaleString('en-GB')} / 5,000 words`);
  await waitForSaved(page);
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByTestId('portfolio-words')).toHaveText(`${findings + 1 + 3 + 1} words`);
});

test('switching what counts in settings changes the counters at once, and the breakdown says why', async ({ page }) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.press('Control+Alt+2');
  await page.keyboard.type('Two headings');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Four words of text');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+b');
  await page.keyboard.type('Quoted three words');
  await waitForSaved(page);
  // Nine words typed, and the section's title.
  await expect(partTotal(page, 'Part 2')).toHaveText('10 / 5,000 words');

  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const settings = page.getByRole('form', { name: 'Settings for Part 2 — Reflective Practitioner Enquiry' });
  await settings.getByRole('checkbox', { name: 'Headings' }).uncheck();
  await settings.getByRole('checkbox', { name: 'Quotations' }).uncheck();
  await expect(partTotal(page, 'Part 2')).toHaveText('4 / 5,000 words');

  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('link', { name: 'How this is counted for Part 2 — Reflective Practitioner Enquiry' }).click();
  await expect(page.getByRole('row', { name: /^Findings/ })).toContainText(
    'Not counted under your programme’s rules: 3 in headings, 3 in quotations',
  );
  await expect(page.getByTestId('breakdown-total')).toHaveText('4');
});
