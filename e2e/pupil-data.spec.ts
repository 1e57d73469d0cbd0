import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { editor, navigation, writeInANewPortfolio } from './app';

const TEXT = 'Jamie Rowntree read aloud each morning. Born on 14/03/2016, his UPN is A123456789012.';

test('the pupil-data check finds what may identify a pupil, links to it, and puts a pseudonym in its place everywhere, undoably', async ({
  page,
}) => {
  await writeInANewPortfolio(page, 'Findings', TEXT);
  await page.getByRole('button', { name: 'Check for pupil data…' }).click();
  const check = page.getByRole('dialog', { name: 'Check for pupil data' });
  const findings = check.locator('.findings li');
  // A name with no clue beside it is found from the word lists, before any name is listed.
  await expect(findings).toHaveCount(3);
  await expect(findings.nth(0)).toContainText('Findings · Looks like someone’s name: it is a first name.');
  await expect(findings.nth(0).locator('mark')).toHaveText('Jamie Rowntree');
  await expect(findings.nth(1)).toContainText('Looks like a date of birth.');
  await expect(findings.nth(2)).toContainText('A123456789012');

  // The writer's own list: names the check cannot guess.
  const adding = check.getByRole('form', { name: 'Add a name to look for' });
  await adding.getByLabel('Name').fill('Jamie Rowntree');
  await adding.getByLabel('Pseudonym').fill('Pupil A');
  await adding.getByRole('button', { name: 'Add to the list' }).click();
  await adding.getByLabel('Name').fill('jamie rowntree');
  await adding.getByRole('button', { name: 'Add to the list' }).click();
  await expect(adding.getByRole('alert')).toHaveText('“jamie rowntree” is already on the list.');
  await adding.getByLabel('Name').fill('Zebedee Quinnell');
  await adding.getByLabel('Who').selectOption('staff');
  await adding.getByRole('button', { name: 'Add to the list' }).click();
  await expect(findings).toHaveCount(3);
  await expect(findings.nth(0)).toContainText('Findings · A name on your list (pupil).');

  await check.getByRole('button', { name: 'Put “Pupil A” everywhere in place of Jamie Rowntree' }).click();
  const notice = page.locator('.notice-bar .notice');
  await expect(notice).toContainText('Put “Pupil A” in place of “Jamie Rowntree” once across the portfolio.');
  await expect(findings).toHaveCount(2);
  await check.getByRole('button', { name: 'Close' }).click();
  await expect(editor(page)).toHaveText(TEXT.replace('Jamie Rowntree', 'Pupil A'));
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(editor(page)).toHaveText(TEXT);

  // Each finding links to its place.
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Check for pupil data…' }).click();
  await check.getByRole('button', { name: /^Show “Jamie Rowntree” in Findings/u }).click();
  await expect(check).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Findings' })).toBeVisible();

  // Before a share: the check runs first; the list itself never travels.
  await page.getByRole('button', { name: 'Share with my mentor…' }).click();
  const warning = page.getByRole('dialog', { name: 'Before you share' });
  await expect(warning).toContainText(
    'found 3 things that may identify a pupil, a member of staff or the school, such as “Jamie Rowntree” in Findings.',
  );
  await warning.getByRole('button', { name: 'Share anyway' }).click();
  const sharing = page.getByRole('dialog', { name: 'Share with my mentor' });
  await sharing.getByLabel('Protect it with a passphrase').uncheck();
  const downloading = page.waitForEvent('download');
  await sharing.getByRole('button', { name: 'Save the file for my mentor' }).click();
  const contents = Object.values(unzipSync(new Uint8Array(await readFile(await (await downloading).path()))))
    .map((bytes) => strFromU8(bytes))
    .join('\n');
  expect(contents).toContain('Jamie Rowntree read aloud');
  expect(contents).not.toContain('Zebedee');
  expect(contents).not.toContain('Pupil A');

  // Before an export: review, or export anyway.
  await navigation(page)
    .getByRole('button', { name: /^Export Part 2/u })
    .click();
  const beforeExport = page.getByRole('dialog', { name: 'Before you export' });
  await beforeExport.getByRole('button', { name: 'Review them' }).click();
  await expect(check).toBeVisible();
  await check.getByRole('button', { name: 'Close' }).click();
  await navigation(page)
    .getByRole('button', { name: /^Export Part 2/u })
    .click();
  const exporting = page.waitForEvent('download');
  await beforeExport.getByRole('button', { name: 'Export anyway' }).click();
  expect((await exporting).suggestedFilename()).toMatch(/\.docx$/u);
});

test('an evidence form open while a pseudonym goes in shows it, never saves the name back, and undo then refuses rather than lose the later edit', async ({
  page,
}) => {
  await writeInANewPortfolio(page, 'Findings', 'Jamie Rowntree read aloud.');
  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const add = page.getByRole('dialog', { name: 'Add evidence' });
  await add.getByLabel('Title').fill('Observation of Jamie Rowntree');
  await add.getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Observation of Jamie Rowntree' })).toBeVisible();

  await page.getByRole('button', { name: 'Check for pupil data…' }).click();
  const check = page.getByRole('dialog', { name: 'Check for pupil data' });
  const adding = check.getByRole('form', { name: 'Add a name to look for' });
  await adding.getByLabel('Name').fill('Jamie Rowntree');
  await adding.getByLabel('Pseudonym').fill('Pupil A');
  await adding.getByRole('button', { name: 'Add to the list' }).click();
  await check.getByRole('button', { name: 'Put “Pupil A” everywhere in place of Jamie Rowntree' }).click();
  await expect(page.locator('.notice-bar .notice')).toContainText('2 times across the portfolio');
  await check.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByLabel('Title')).toHaveValue('Observation of Pupil A');
  await page.getByLabel('Context').fill('Year 5, spring term');
  await expect(page.locator('.save-indicator')).toHaveText('Saved');
  const notice = page.locator('.notice-bar .notice');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toContainText(
    'has been changed since the name was replaced, so it cannot be undone all at once',
  );
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Observation of Pupil A');
  await expect(page.getByLabel('Context')).toHaveValue('Year 5, spring term');
});
