import { expect, test, type Page } from '@playwright/test';
import {
  createPortfolio,
  docxBodyParagraphs,
  editor,
  navigation,
  openFreshApp,
  openSection,
  waitForSaved,
} from './app';

const SENTENCE = 'Teaching assistants need support (Webster and Blatchford, 2015).';
const NARRATIVE = 'As shown by Webster and Blatchford (2015), support matters.';

async function addWebsterAndBlatchford(page: Page) {
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('button', { name: 'Paste a reference or DOI' }).click();
  await page
    .getByLabel('A Harvard reference, or a DOI')
    .fill(
      'Webster, R. and Blatchford, P. (2015) ‘Worlds apart?’, British Educational Research Journal, 41(2), pp. 324–342.',
    );
  await page.getByRole('button', { name: 'Add to the reading log' }).click();
  await waitForSaved(page);
}

/** Cite from the toolbar, as a writer does, choosing Webster and Blatchford. */
async function cite(page: Page, { narrative = false } = {}) {
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Insert a citation' });
  await picker.getByRole('checkbox', { name: /^Webster, R\. and Blatchford, P\. \(2015\)/ }).check();
  if (narrative) await picker.getByRole('checkbox', { name: /^Name in the sentence/ }).check();
  await picker.getByRole('button', { name: 'Insert citation' }).click();
  await expect(picker).toBeHidden();
}

test('a citation has one space before it and none before the full stop, in the editor and the export', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await addWebsterAndBlatchford(page);
  await openSection(page, 'Findings');
  const paragraphs = editor(page).locator('p');
  await editor(page).click();

  // Cited straight after the word, then the full stop typed.
  await page.keyboard.type('Teaching assistants need support');
  await cite(page);
  await page.keyboard.type('.');
  await expect(paragraphs.nth(0)).toHaveText(SENTENCE);

  // Cited after a space the writer typed.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Teaching assistants need support ');
  await cite(page);
  await page.keyboard.type('.');
  await expect(paragraphs.nth(1)).toHaveText(SENTENCE);

  // Cited into a sentence already finished with a space before its full stop.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Teaching assistants need support .');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await cite(page);
  await expect(paragraphs.nth(2)).toHaveText(SENTENCE);

  // Named in the sentence, then a comma typed.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('As shown by');
  await cite(page, { narrative: true });
  await page.keyboard.type(', support matters.');
  await expect(paragraphs).toHaveText([SENTENCE, SENTENCE, SENTENCE, NARRATIVE]);
  await waitForSaved(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export Part 2/ }).click();
  const exported = (await docxBodyParagraphs(await downloading)).map(([style, text]) => `${style}:${text}`);
  const findings = exported.indexOf('Heading1:Findings');
  expect(exported.slice(findings + 1, findings + 5)).toEqual(
    [SENTENCE, SENTENCE, SENTENCE, NARRATIVE].map((text) => `Normal:${text}`),
  );
});
