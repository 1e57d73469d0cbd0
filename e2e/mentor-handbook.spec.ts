import { expect, test } from '@playwright/test';
import { createPortfolio, navigation, openFreshApp, waitForSaved } from './app';

test('a mentor meeting, outcome sign-offs and final statements are recorded, shown in the matrix and overview, and kept', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await navigation(page).getByRole('link', { name: 'Mentor handbook', exact: true }).click();

  await page.getByLabel('Mentor’s name').fill('Sam Mentor');
  await page.getByLabel('Head teacher’s name').fill('Jo Head');
  await waitForSaved(page);

  await page.getByRole('button', { name: 'Record a meeting' }).click();
  const meeting = page.getByRole('dialog', { name: 'Record a mentor meeting' });
  await meeting.getByLabel('Date').fill('2026-11-10');
  await meeting.getByLabel('Focus').fill('Planning the provision map review');
  await meeting.getByRole('checkbox', { name: /^B3 / }).check();
  await meeting.getByLabel('Agreed actions').fill('Share the draft with governors');
  await meeting.getByLabel('Initials').fill('SM');
  await meeting.getByRole('button', { name: 'Save meeting' }).click();
  const records = page.getByRole('list', { name: 'Mentor records' });
  await expect(records).toContainText('Meeting · 10 November 2026 · recorded by you');
  await expect(records).toContainText('Outcomes discussed: B3');

  // Two sign-offs, entered at a meeting on the mentor's behalf: who signs and their name are never assumed.
  await page.getByRole('button', { name: 'Sign off B1' }).click();
  let dialog = page.getByRole('dialog', { name: 'Sign off B1' });
  await expect(dialog.getByLabel('Name (typed as a signature)')).toHaveValue('');
  await expect(dialog.getByRole('radio', { name: 'My mentor' })).not.toBeChecked();
  await dialog.getByLabel('Name (typed as a signature)').fill('Sam Mentor');
  await dialog.getByLabel('Statement').fill('Seen leading the SEN policy review with governors.');
  await dialog.getByLabel('Date').fill('2027-03-03');
  await dialog.getByRole('button', { name: 'Save sign-off' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Say who is signing it off: the mentor or the head teacher.');
  await dialog.getByRole('radio', { name: 'My mentor' }).check();
  await dialog.getByRole('button', { name: 'Save sign-off' }).click();
  await page.getByRole('button', { name: 'Sign off C1' }).click();
  dialog = page.getByRole('dialog', { name: 'Sign off C1' });
  await dialog.getByRole('radio', { name: 'Not yet met' }).check();
  await dialog.getByRole('radio', { name: 'My mentor' }).check();
  await dialog.getByLabel('Name (typed as a signature)').fill('Sam Mentor');
  await dialog.getByLabel('Date').fill('2027-03-03');
  await dialog.getByRole('button', { name: 'Save sign-off' }).click();
  await expect(page.getByRole('row', { name: /^B1 / })).toContainText('Met — Sam Mentor, 3 March 2027');
  await expect(page.getByRole('row', { name: /^B1 / })).toContainText('Entered by you on the mentor’s behalf.');
  await expect(page.getByRole('row', { name: /^C1 / })).toContainText('Not yet met — Sam Mentor, 3 March 2027');

  // Final statement: a typed name is required, and signing with outcomes not met is asked about and recorded.
  const statement = page.getByRole('form', { name: 'Mentor’s statement' });
  const outcomes = page.getByRole('region', { name: 'Final statements' });
  await expect(outcomes).toContainText(
    '1 of 13 outcomes signed off as met: the statements say every outcome has been met in practice.',
  );
  await expect(statement.getByLabel('Name (typed as a signature)')).toHaveValue('');
  await statement.getByRole('button', { name: 'Sign as mentor' }).click();
  await expect(statement.getByRole('alert')).toHaveText('Type your name to sign.');
  await statement.getByLabel('Name (typed as a signature)').fill('Sam Mentor');
  await statement.getByRole('button', { name: 'Sign as mentor' }).click();
  const asking = page.getByRole('dialog', { name: 'Sign with 1 of 13 outcomes signed off as met?' });
  await expect(asking).toContainText('12 of the 13 are not signed off as met');
  await asking.getByRole('button', { name: 'Not yet' }).click();
  await expect(page.getByLabel('Mentor’s statement')).not.toContainText('Signed Sam Mentor');
  await statement.getByRole('button', { name: 'Sign as mentor' }).click();
  await asking.getByRole('button', { name: 'Sign as mentor' }).click();
  await expect(page.getByLabel('Mentor’s statement')).toContainText('Signed Sam Mentor, mentor');
  await expect(page.getByLabel('Mentor’s statement')).toContainText('with 1 of 13 outcomes signed off as met.');
  await expect(page.getByLabel('Mentor’s statement')).toContainText('Entered by you on the mentor’s behalf.');

  // The coverage matrix and the overview show the sign-offs.
  await navigation(page).getByRole('link', { name: 'Outcome coverage' }).click();
  await expect(page.getByRole('row', { name: /^B1 / })).toContainText('Met — Sam Mentor, 3 March 2027');
  await expect(page.getByRole('row', { name: /^C1 / })).toContainText('Not yet met');
  await expect(page.getByRole('row', { name: /^A1 / })).toContainText('Not signed off');
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText('1 of 13 outcomes signed off as met by the mentor')).toBeVisible();

  // A comment on evidence, written by the mentor, appears on the item and in the handbook.
  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('dialog').getByLabel('Title').fill('Governor briefing');
  await page.getByRole('dialog').getByRole('button', { name: 'Add evidence' }).click();
  await page.getByLabel('Add a comment').fill('Clear and well pitched for governors.');
  await expect(page.getByLabel('Recorded by')).toHaveValue('candidate');
  await page.getByLabel('Recorded by').selectOption({ label: 'My mentor' });
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByRole('region', { name: 'Mentor’s comments' })).toContainText(
    'Clear and well pitched for governors.My mentor,',
  );

  await page.reload();
  await navigation(page).getByRole('link', { name: 'Mentor handbook', exact: true }).click();
  await expect(page.getByLabel('Mentor’s name')).toHaveValue('Sam Mentor');
  await expect(records.getByRole('listitem')).toHaveCount(2);
  await expect(records).toContainText('Comment on “Governor briefing”');
  await expect(page.getByRole('row', { name: /^B1 / })).toContainText('Met — Sam Mentor');
  await expect(page.getByLabel('Mentor’s statement')).toContainText('Signed Sam Mentor, mentor');
});
