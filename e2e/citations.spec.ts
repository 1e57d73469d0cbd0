import { expect, test, type Page } from '@playwright/test';
import {
  createPortfolio,
  docxParagraphs,
  editor,
  navigation,
  openFreshApp,
  openSection,
  partTotal,
  waitForSaved,
} from './app';

async function pasteIntoLog(page: Page, reference: string) {
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('button', { name: 'Paste a reference or DOI' }).click();
  await page.getByLabel('A Harvard reference, or a DOI').fill(reference);
  await page.getByRole('button', { name: 'Add to the reading log' }).click();
  await waitForSaved(page);
}

test('citations in the enquiry build its reference list and follow edits to the reading log', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await openFreshApp(page);
  await createPortfolio(page);
  await pasteIntoLog(
    page,
    'Norwich, B. (2014) ‘Changing policy and legislation’, British Journal of Special Education, 41(4), pp. 403–425.',
  );
  await pasteIntoLog(page, 'Ainscow, M. (2020) Promoting equity in schools. Abingdon: Routledge.');
  await pasteIntoLog(page, 'Cline, T. (2015) Uncited book. London: Press.');

  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Equity needs collaboration ');
  await page.keyboard.press('Control+Shift+C');
  const picker = page.getByRole('dialog', { name: 'Insert a citation' });
  await picker.getByLabel('Search your reading log').fill('ainscow');
  await picker.getByRole('checkbox', { name: /^Ainscow, M\. \(2020\)/ }).check();
  await picker.getByRole('button', { name: 'Insert citation' }).click();
  await page.keyboard.type('and policy shapes practice ');
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  await picker.getByRole('checkbox', { name: /^Norwich/ }).check();
  await picker.getByRole('checkbox', { name: /^Ainscow/ }).check();
  await picker.getByLabel('Page (optional)').fill('12');
  await picker.getByRole('button', { name: 'Insert citation' }).click();
  await expect(editor(page).locator('.citation')).toHaveText([
    '(Ainscow, 2020)',
    '(Norwich, 2014, p. 12; Ainscow, 2020, p. 12)',
  ]);
  await waitForSaved(page);
  // 7 words of text, 2 + 8 words of citations and the one-word section title count toward the limit.
  await expect(partTotal(page, 'Part 2')).toHaveText('18 / 5,000 words');

  await openSection(page, 'References');
  const list = page.getByRole('list', { name: 'References' });
  await expect(list.getByRole('listitem')).toHaveText([
    'Ainscow, M. (2020) Promoting equity in schools. Abingdon: Routledge.',
    'Norwich, B. (2014) ‘Changing policy and legislation’, British Journal of Special Education, 41(4), pp. 403–425.',
  ]);

  // Correct an author in the log: every citation and the list follow.
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('link', { name: /^Open Promoting equity/ }).click();
  await page.getByRole('button', { name: 'Add another author' }).click();
  await page.getByLabel('Surname of author 2').fill('Booth');
  await page.getByLabel('Initials of author 2').fill('T.');
  await waitForSaved(page);
  await openSection(page, 'Findings');
  await expect(editor(page).locator('.citation')).toHaveText([
    '(Ainscow and Booth, 2020)',
    '(Norwich, 2014, p. 12; Ainscow and Booth, 2020, p. 12)',
  ]);
  await openSection(page, 'References');
  await expect(list.getByRole('listitem').first()).toHaveText(
    'Ainscow, M. and Booth, T. (2020) Promoting equity in schools. Abingdon: Routledge.',
  );

  // The export carries the citations and the generated list.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export Part 2/ }).click();
  const paragraphs = (await docxParagraphs(await downloading)).map(([style, text]) => `${style}:${text}`);
  expect(paragraphs).toContain(
    'Normal:Equity needs collaboration (Ainscow and Booth, 2020) and policy shapes practice (Norwich, 2014, p. 12; Ainscow and Booth, 2020, p. 12) ',
  );
  const references = paragraphs.indexOf('Heading1:References');
  expect(paragraphs.slice(references + 1, references + 3)).toEqual([
    'Normal:Ainscow, M. and Booth, T. (2020) Promoting equity in schools. Abingdon: Routledge.',
    'Normal:Norwich, B. (2014) ‘Changing policy and legislation’, British Journal of Special Education, 41(4), pp. 403–425.',
  ]);

  // Deleting a cited entry breaks its citations, visibly, and the overview says so; undo mends them.
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('link', { name: /^Open Changing policy/ }).click();
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('listitem', { name: 'Part 2 — Reflective Practitioner Enquiry' })).toContainText(
    '1 citation points to a deleted reading-log entry.',
  );
  await openSection(page, 'Findings');
  await expect(editor(page).locator('.citation.broken')).toHaveText('(citation missing)');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(editor(page).locator('.citation.broken')).toHaveCount(0);

  await page.reload();
  await openSection(page, 'Findings');
  await expect(editor(page).locator('.citation')).toHaveCount(2);
  await expect(editor(page).locator('.citation').first()).toHaveText('(Ainscow and Booth, 2020)');
  expect(problems).toEqual([]);
});
