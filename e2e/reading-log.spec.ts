import { expect, test } from '@playwright/test';
import { createPortfolio, navigation, openFreshApp, waitForSaved } from './app';

test('a new user logs reading of three kinds, sees Harvard references written for them, searches and sorts', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await expect(page.getByText('Nothing in the log yet.')).toBeVisible();

  // A book, typed field by field: the reference builds as they type and says what is missing.
  await page.getByRole('button', { name: 'Add an entry' }).click();
  const preview = page.getByRole('status', { name: 'Harvard reference' });
  await page.getByLabel('Surname of author 1').fill('Ainscow');
  await page.getByLabel('Initials of author 1').fill('Mel');
  await page.getByLabel('Year (needed)').fill('2020');
  await page.getByLabel('Title (needed)').fill('Promoting equity in schools');
  await expect(preview).toContainText('Still needed: Place of publication, Publisher');
  await page.getByLabel('Place of publication (needed)').fill('Abingdon');
  await page.getByLabel('Publisher (needed)').fill('Routledge');
  await expect(preview).toHaveText('Ainscow, M. (2020) Promoting equity in schools. Abingdon: Routledge.');
  await expect(preview.locator('i')).toHaveText('Promoting equity in schools');
  await page.getByLabel('Key points').fill('Equity grows from collaboration between schools');
  await page.getByLabel('Tags, separated by commas').fill('equity, leadership');
  await waitForSaved(page);

  // A journal article, pasted as a reference line.
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('button', { name: 'Paste a reference or DOI' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste a reference or DOI' });
  await paste
    .getByLabel('A Harvard reference, or a DOI')
    .fill(
      'Norwich, B. (2014) ‘Changing policy and legislation and its effects on inclusive and special education: a perspective from England’, British Journal of Special Education, 41(4), pp. 403–425. Available at: https://doi.org/10.1111/1467-8578.12079.',
    );
  await expect(paste.locator('.paste-preview .harvard')).toContainText(
    'British Journal of Special Education, 41(4), pp. 403–425',
  );
  await paste.getByRole('button', { name: 'Add to the reading log' }).click();
  await expect(page.getByLabel('Journal')).toHaveValue('British Journal of Special Education');
  await expect(preview).not.toContainText('Still needed');

  // Legislation, by hand; then the web page of a pasted DOI flags what it lacks.
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByLabel('Type of source').selectOption({ label: 'Legislation' });
  await page.getByLabel('Title (needed)').fill('Children and Families Act 2014');
  await page.getByLabel('Chapter number of the Act (needed)').fill('6');
  await expect(preview).toHaveText('Children and Families Act 2014, c. 6.');
  await waitForSaved(page);

  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  const list = page.getByRole('list', { name: 'Reading log entries' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.locator('.harvard').first()).toContainText('Ainscow, M. (2020)');
  await page.getByLabel('Search').fill('equity');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Search').fill('special education 2014');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Norwich, B. (2014)');
  await page.getByLabel('Search').fill('');
  await page.getByLabel('Sort by').selectOption({ label: 'Recently added' });
  await expect(list.locator('.harvard').first()).toContainText('Children and Families Act 2014');

  // A bad year is refused with a message, and the entry keeps its last good state.
  await list.getByRole('link', { name: 'Open Promoting equity in schools' }).click();
  await page.getByLabel('Year').fill('20');
  await expect(page.getByRole('alert')).toContainText('The year must be four digits, such as 2015.');
  await page.getByLabel('Year').fill('2020');
  await waitForSaved(page);

  await page.reload();
  await expect(page.getByLabel('Key points')).toHaveValue('Equity grows from collaboration between schools');
  await expect(preview).toHaveText('Ainscow, M. (2020) Promoting equity in schools. Abingdon: Routledge.');
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
});

test('a journal article as library guides print it, title unquoted and year unbracketed, is pasted as an article with its journal apart', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('button', { name: 'Paste a reference or DOI' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste a reference or DOI' });
  await paste
    .getByLabel('A Harvard reference, or a DOI')
    .fill(
      'Webster, R. and Blatchford, P., 2015. Worlds apart? The nature and quality of the educational experiences of pupils with a statement for special educational needs in mainstream primary schools. British Educational Research Journal, 41(2), pp.324-342.',
    );
  await expect(paste.locator('.paste-preview .harvard')).toContainText(
    'British Educational Research Journal, 41(2), pp. 324–342',
  );
  await paste.getByRole('button', { name: 'Add to the reading log' }).click();
  await expect(page.getByLabel('Type of source')).toHaveValue('journal');
  await expect(page.getByLabel('Journal')).toHaveValue('British Educational Research Journal');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
    /^Worlds apart\? The nature .* mainstream primary schools$/u,
  );
});
