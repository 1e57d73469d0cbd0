import { expect, test } from '@playwright/test';
import { createPortfolio, editor, openFreshApp, openSection, waitForSaved } from './app';

test('creating a portfolio explains what is missing and creates nothing until it is right', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'New portfolio' }).click();
  const dialog = page.getByRole('dialog', { name: 'New portfolio' });
  await dialog.getByLabel('Candidate number').fill('<12>');
  await dialog.getByRole('button', { name: 'Create portfolio' }).click();
  await expect(dialog.getByText('Give the portfolio a title.')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/Use letters, digits/)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No portfolios yet.')).toBeVisible();
});

test('portfolios are listed latest edited first, can be opened, renamed, deleted and brought back', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page, 'Autumn draft');
  await page.getByRole('link', { name: '← All portfolios' }).click();
  await createPortfolio(page, 'Spring draft');
  await page.getByRole('link', { name: '← All portfolios' }).click();

  const list = page.getByRole('list', { name: 'Portfolios' });
  await expect(list.getByRole('heading')).toHaveText(['Spring draft', 'Autumn draft']);
  await expect(list.getByText(/Candidate 7654321 · Last edited just now/).first()).toBeVisible();

  // Writing in the older one moves it to the top.
  await list.getByRole('link', { name: 'Autumn draft' }).click();
  await openSection(page, 'Reflective commentary');
  await editor(page).click();
  await page.keyboard.type('A new paragraph');
  await waitForSaved(page);
  await page.getByRole('link', { name: '← All portfolios' }).click();
  await expect(list.getByRole('heading')).toHaveText(['Autumn draft', 'Spring draft']);

  await list.getByRole('button', { name: 'Rename Spring draft' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename “Spring draft”' });
  await rename.getByLabel('New title').fill('Summer final');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(list.getByRole('heading')).toHaveText(['Summer final', 'Autumn draft']);

  await list.getByRole('button', { name: 'Delete Autumn draft' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Autumn draft”?' });
  await expect(confirm).toContainText('You can restore it until you close the app');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(list.getByRole('heading')).toHaveText(['Summer final', 'Autumn draft']);

  await list.getByRole('button', { name: 'Delete Autumn draft' }).click();
  await confirm.getByRole('button', { name: 'Delete “Autumn draft”' }).click();
  await expect(list.getByRole('heading')).toHaveText(['Summer final']);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('heading')).toHaveText(['Summer final', 'Autumn draft']);

  // Undo stays possible for the session, from the home screen, after the notice has gone.
  await list.getByRole('button', { name: 'Delete Autumn draft' }).click();
  await confirm.getByRole('button', { name: 'Delete “Autumn draft”' }).click();
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  const deleted = page.getByRole('region', { name: 'Deleted this session' });
  await deleted.getByRole('button', { name: 'Restore Autumn draft' }).click();
  await list.getByRole('link', { name: 'Autumn draft' }).click();
  await openSection(page, 'Reflective commentary');
  await expect(editor(page)).toHaveText('A new paragraph');
});

test('a deletion becomes final when the app next starts', async ({ page }) => {
  await openFreshApp(page);
  await createPortfolio(page, 'Old notes');
  await page.getByRole('link', { name: '← All portfolios' }).click();
  await page.getByRole('button', { name: 'Delete Old notes' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete “Old notes”' }).click();
  await expect(page.getByRole('region', { name: 'Deleted this session' })).toContainText('Old notes');

  await page.reload();
  await expect(page.getByText('No portfolios yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Deleted this session' })).toBeHidden();
});
