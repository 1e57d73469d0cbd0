import { expect, test } from '@playwright/test';
import { createPortfolio, navigation, openFreshApp } from './app';

/**
 * The words added to the spelling dictionary (often pupils' names) are listed in settings and
 * can be taken out. The desktop host is stood in for as its preload exposes it; the main
 * process's side (the app's own list, Chromium's file, never the system's dictionary) is tested
 * in src-main/spelling/word-list.test.ts.
 */

test('the desktop app lists the words added to its spelling dictionary, kept in the app, and takes one out', async ({
  page,
}) => {
  await page.addInitScript(() => {
    let words = ['Kacper', 'Oliwia'];
    const list = () => Promise.resolve({ keptBy: 'the-app', words, changesShowAfterRestart: true });
    const unused = () => Promise.resolve({ status: 'cancelled' });
    Object.assign(window, {
      host: {
        edition: 'desktop',
        exportDocx: unused,
        savePortfolioFile: unused,
        showSavedFile: unused,
        onPortfolioFileOpened: () => () => undefined,
        spellingWords: list,
        removeSpellingWord: (word: string) => {
          words = words.filter((kept) => kept !== word);
          return list();
        },
      },
    });
  });
  await openFreshApp(page);
  await createPortfolio(page);
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const spelling = page.getByRole('region', { name: 'Your spelling word list' });
  await expect(spelling).toContainText('never in your computer’s own dictionary');
  await expect(spelling).toContainText('from the next time the app starts');
  await expect(spelling.getByRole('listitem')).toHaveText(['KacperTake out “Kacper”', 'OliwiaTake out “Oliwia”']);
  await spelling.getByRole('button', { name: 'Take out “Kacper”' }).click();
  await expect(spelling.getByRole('listitem')).toHaveText(['OliwiaTake out “Oliwia”']);
});

test('the browser edition says its spelling is the browser’s own', async ({ page }) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await expect(page.getByRole('region', { name: 'Your spelling word list' })).toContainText(
    'spelling is your browser’s own',
  );
});
