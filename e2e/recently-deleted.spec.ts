import { expect, test } from '@playwright/test';
import {
  addEvidence,
  createPortfolio,
  editor,
  navigation,
  openFreshApp,
  openSection,
  partTotal,
  waitForSaved,
  writeInANewPortfolio,
} from './app';

test('a section with words is asked about before it goes; whatever is deleted after it, it comes back whole from Recently deleted, history and all', async ({
  page,
}) => {
  await writeInANewPortfolio(page, 'Literature review', 'Norwich argues for flexibility in provision');
  await page.getByRole('button', { name: 'Save a version…' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Before my mentor read it');
  await page.getByRole('dialog').getByRole('button', { name: 'Save the version' }).click();
  await waitForSaved(page);

  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const sections = page.getByRole('group', { name: 'Sections of Part 2 — Reflective Practitioner Enquiry' });
  await sections.getByRole('button', { name: 'Delete Literature review' }).click();
  const asking = page.getByRole('dialog', { name: 'Delete “Literature review”?' });
  await expect(asking).toContainText('It has 6 words.');
  // Keeping it is the first choice, and changes nothing.
  await asking.getByRole('button', { name: 'Keep it' }).click();
  await expect(navigation(page).getByRole('link', { name: /^Literature review/ })).toHaveCount(1);
  await sections.getByRole('button', { name: 'Delete Literature review' }).click();
  await asking.getByRole('button', { name: 'Delete' }).click();
  // An empty section goes without a question; its notice stacks under the first, which stays.
  await sections.getByRole('button', { name: 'Delete Appendices' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const notices = page.locator('.notice-bar .notice');
  await expect(notices).toHaveCount(2);
  await expect(notices.nth(0)).toContainText('“Literature review” is in Recently deleted.');
  await expect(notices.nth(1)).toContainText('“Appendices” is in Recently deleted.');
  await notices.nth(1).getByRole('button', { name: 'Undo' }).click();
  await expect(navigation(page).getByRole('link', { name: /^Appendices/ })).toHaveCount(1);

  await navigation(page).getByRole('link', { name: 'Recently deleted' }).click();
  const list = page.getByRole('region', { name: 'Recently deleted' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('Literature review · Section · 6 words');
  await list.getByRole('button', { name: 'Put back “Literature review”' }).click();
  await expect(list).toContainText('Nothing has been deleted in the last 30 days.');
  await expect(partTotal(page, 'Part 2')).toHaveText(/^8 \//u);
  await openSection(page, 'Literature review');
  await expect(editor(page)).toHaveText('Norwich argues for flexibility in provision');
  await page.getByRole('button', { name: 'History…' }).click();
  await expect(page.getByRole('dialog')).toContainText('Before my mentor read it');
});

test('an item of evidence and a reading-log entry with words are asked about, and come back whole from Recently deleted', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await addEvidence(page, 'Provision map review');
  await editor(page).click();
  await page.keyboard.type('We met as a year team to review the map');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Delete evidence' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete “Provision map review”?' })).toContainText('It has 10 words.');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();

  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByLabel('Title (needed)').fill('Promoting equity in schools');
  await page.getByLabel('Key points').fill('Equity grows from collaboration');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete “Promoting equity in schools”?' })).toContainText(
    'It has 4 words.',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Nothing in the log yet.')).toBeVisible();

  await navigation(page).getByRole('link', { name: 'Recently deleted' }).click();
  const list = page.getByRole('region', { name: 'Recently deleted' });
  await expect(list.getByRole('listitem')).toHaveText([
    /^Promoting equity in schools · Reading-log entry · 4 words/,
    /^Provision map review · Evidence · 10 words/,
  ]);
  await list.getByRole('button', { name: 'Put back “Provision map review”' }).click();
  await list.getByRole('button', { name: 'Put back “Promoting equity in schools”' }).click();
  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .click();
  await page.getByRole('link', { name: /Provision map review/ }).click();
  await expect(editor(page)).toHaveText('We met as a year team to review the map');
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('link', { name: 'Open Promoting equity in schools' }).click();
  await expect(page.getByLabel('Key points')).toHaveValue('Equity grows from collaboration');
});
