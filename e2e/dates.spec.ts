import { expect, test } from '@playwright/test';
import { createPortfolio, navigation, openFreshApp } from './app';

// A school laptop left in American English draws date fields as mm/dd/yyyy: the app says the date in words.
test.use({ locale: 'en-US' });

test('on a computer set to American English, each date a candidate or mentor picks is written out beside its field in British words', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);

  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const add = page.getByRole('dialog', { name: 'Add evidence' });
  await add.getByLabel('Title').fill('Annual review with parents');
  await add.getByLabel('Date').fill('2027-05-04');
  // The words are read out with the field, so a screen-reader user hears the day too.
  await expect(add.getByLabel('Date')).toHaveAccessibleDescription('4 May 2027');
  await add.getByRole('button', { name: 'Add evidence' }).click();

  const date = page.getByLabel('Date');
  await expect(date).toHaveValue('2027-05-04');
  await expect(date).toHaveAccessibleDescription('4 May 2027');
  await date.fill('2026-12-03');
  await expect(date).toHaveAccessibleDescription('3 December 2026');
  await expect(page.getByTestId('date-in-words')).toHaveText('3 December 2026');

  // A cleared field says nothing rather than a wrong day.
  await date.fill('');
  await expect(page.getByTestId('date-in-words')).toHaveText('');

  await navigation(page)
    .getByRole('link', { name: /^Programme settings/ })
    .click();
  const due = page.getByRole('form', { name: 'Settings for Part 1 — Portfolio of Evidence' }).getByLabel('Due date');
  await due.fill('2027-06-30');
  await expect(due).toHaveAccessibleDescription('30 June 2027');
});
