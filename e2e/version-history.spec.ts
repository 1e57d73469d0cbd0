import { expect, test } from '@playwright/test';
import { editor, waitForSaved, writeInANewPortfolio } from './app';

test('a named version, the history of a section with its changes, going back and undoing it', async ({ page }) => {
  await writeInANewPortfolio(page, 'Findings', 'First draft of the findings.');

  await page.getByRole('button', { name: 'Save a version…' }).click();
  const naming = page.getByRole('dialog', { name: 'Save a version' });
  await naming.getByRole('button', { name: 'Save the version' }).click();
  await expect(naming.getByRole('alert')).toContainText('Give the version a name');
  await naming.getByLabel('Name').fill('Draft for my mentor');
  await naming.getByRole('button', { name: 'Save the version' }).click();
  await expect(page.locator('.notice-bar .notice')).toContainText('Version “Draft for my mentor” saved.');

  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Reading ages rose for most pupils.');
  await waitForSaved(page);

  await page.getByRole('button', { name: 'History…' }).click();
  const history = page.getByRole('dialog', { name: 'History of “Findings”' });
  const versions = history.getByRole('list', { name: 'Versions, newest first' }).getByRole('button');
  // The named version, and before it what autosave kept while the first words were typed.
  await expect(versions.nth(0)).toContainText('“Draft for my mentor”');
  await expect(versions.nth(0)).toContainText('5 words');
  await expect(versions.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(history.locator('.history-text ins')).toHaveText(' Reading ages rose for most pupils.');

  await history.getByRole('button', { name: 'Go back to this version' }).click();
  await expect(history).toHaveCount(0);
  await expect(editor(page)).toHaveText('First draft of the findings.');
  const notice = page.locator('.notice-bar .notice').filter({ hasText: 'Went back to the version of' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(editor(page)).toHaveText('First draft of the findings. Reading ages rose for most pupils.');

  // The text that going back replaced is in the history too, and everything is kept on reload.
  await page.reload();
  await expect(editor(page)).toHaveText('First draft of the findings. Reading ages rose for most pupils.');
  await page.getByRole('button', { name: 'History…' }).click();
  await expect(history.getByRole('list', { name: 'Versions, newest first' }).getByRole('button').first()).toContainText(
    'Before going back to an earlier version',
  );
});
