import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { zip64EntryCountLie } from '../src-renderer/core/portfolio-file/crafted-zips.test-data.js';
import {
  CANDIDATE,
  createPortfolio,
  editor,
  navigation,
  openFreshApp,
  openSection,
  waitForSaved,
  writeAndComment,
} from './app';
import { largeBackup, onDisk } from './sample-files';

/**
 * Every screen and dialog, checked with axe against WCAG 2.1 A and AA: no serious or critical
 * violation anywhere. A failure names the screen, the rule and the elements.
 */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
    where,
  ).toEqual([]);
}

/** Every request a page makes that leaves the app's origin (blob: and data: URLs are the page's own). */
function requestsLeavingTheApp(page: Page, origin: string): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'blob:' && url.protocol !== 'data:' && url.origin !== origin) outside.push(request.url());
  });
  return outside;
}

/** Opens a dialog with a button, checks it, and closes it with Escape. */
async function checkDialog(page: Page, button: string | RegExp, where: string): Promise<void> {
  await page.getByRole('button', { name: button }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, where);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Shares the open portfolio with the mentor, protected, and gives the file's path; checks the dialog when told where. */
async function share(page: Page, where?: string): Promise<string> {
  await page.getByRole('button', { name: 'Share with my mentor…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  if (where !== undefined) await expectAccessible(page, where);
  const sharing = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save the file for my mentor' }).click();
  return (await sharing).path();
}

const PASSPHRASE = 'kingfisher lantern 31';

test('every screen and dialog has no serious or critical accessibility problem, and none makes a request outside the app', async ({
  page,
  browser,
  baseURL,
}) => {
  // Some fifty screens and dialogs, each checked by axe: longer than one screen's test.
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? '').origin;
  const outside = requestsLeavingTheApp(page, origin);
  await openFreshApp(page);
  await expectAccessible(page, 'home, empty');
  await checkDialog(page, 'New portfolio', 'new portfolio dialog');
  await createPortfolio(page);
  await expectAccessible(page, 'overview');

  await writeAndComment(
    page,
    'Findings',
    'Reading ages rose for most pupils after pre-teaching vocabulary.',
    'most pupils',
    'How many exactly?',
  );
  await expectAccessible(page, 'a section, with a comment');
  await checkDialog(page, 'Cite', 'citation picker');
  await checkDialog(page, 'Save a version…', 'save a version dialog');
  await checkDialog(page, 'History…', 'history dialog');

  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .first()
    .click();
  await expectAccessible(page, 'evidence list');
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('dialog').getByLabel('Title').fill('Provision map');
  await expectAccessible(page, 'add evidence dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Provision map' })).toBeVisible();
  await expectAccessible(page, 'an item of evidence');
  await checkDialog(page, 'Delete evidence', 'delete evidence dialog');

  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await expectAccessible(page, 'reading log');
  await checkDialog(page, 'Paste a reference or DOI', 'quick add dialog');
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await expectAccessible(page, 'a reading-log entry');

  await navigation(page).getByRole('link', { name: 'Mentor handbook', exact: true }).click();
  await expectAccessible(page, 'mentor handbook');
  await checkDialog(page, 'Record a meeting', 'meeting dialog');
  await checkDialog(page, 'Add observation notes', 'observation dialog');
  await checkDialog(page, 'Sign off A1', 'sign-off dialog');
  await page
    .getByRole('form', { name: 'Mentor’s statement' })
    .getByLabel('Name (typed as a signature)')
    .fill('Sam Mentor');
  await checkDialog(page, 'Sign as mentor', 'signing with outcomes not met dialog');

  await navigation(page).getByRole('link', { name: 'Learning outcomes' }).click();
  await expectAccessible(page, 'learning outcomes');
  await checkDialog(page, 'Paste a list', 'paste outcomes dialog');
  await checkDialog(page, 'Add an outcome to area B', 'add outcome dialog');
  await checkDialog(page, 'Edit A1', 'edit outcome dialog');
  await checkDialog(page, 'Delete A1', 'delete outcome dialog');
  await navigation(page).getByRole('link', { name: 'Outcome coverage' }).click();
  await expectAccessible(page, 'outcome coverage');
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await expectAccessible(page, 'programme settings');
  await checkDialog(page, 'Delete Findings', 'delete a section with words dialog');
  await page.getByRole('button', { name: 'Delete Findings' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expectAccessible(page, 'a notice offering Undo');
  await navigation(page).getByRole('link', { name: 'Recently deleted' }).click();
  await expectAccessible(page, 'recently deleted');
  await page.getByRole('button', { name: 'Delete for good… “Findings”' }).click();
  await expectAccessible(page, 'recently deleted, asking before deleting for good');
  await page.getByRole('button', { name: 'Keep it' }).click();
  await page.getByRole('button', { name: 'Put back “Findings”' }).click();
  await expect(navigation(page).getByRole('link', { name: /^Findings/ })).toHaveCount(1);
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await page
    .getByRole('link', { name: /^How this is counted/ })
    .first()
    .click();
  await expectAccessible(page, 'count breakdown');

  const shared = await share(page, 'share dialog');

  await page.getByRole('link', { name: '← All portfolios' }).click();
  await expectAccessible(page, 'home, with a portfolio');
  await checkDialog(page, 'Back up everything', 'back-up dialog');
  await checkDialog(page, /^Rename/, 'rename dialog');
  await checkDialog(page, /^Delete/, 'delete dialog');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  await page.getByRole('dialog').getByLabel('Protect it with a passphrase').uncheck();
  const backingUp = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Save the backup' }).click();
  await page.getByLabel('Choose a portfolio file to open').setInputFiles(await (await backingUp).path());
  await expect(page.getByRole('dialog', { name: 'This portfolio is already here' })).toBeVisible();
  await expectAccessible(page, 'already here dialog');
  await page.keyboard.press('Escape');

  // The mentor's side, in a second profile.
  const mentorProfile = await browser.newContext();
  const mentor = await mentorProfile.newPage();
  const outsideForMentor = requestsLeavingTheApp(mentor, origin);
  await openFreshApp(mentor);
  await mentor.getByLabel('Choose a portfolio file to open').setInputFiles(shared);
  const unlock = mentor.getByRole('dialog', { name: /^Open “/u });
  await expectAccessible(mentor, 'passphrase dialog');
  await unlock.getByLabel('Passphrase').fill('not the passphrase');
  await unlock.getByRole('button', { name: 'Open' }).click();
  await expect(unlock.getByRole('alert')).toBeVisible();
  await expectAccessible(mentor, 'passphrase dialog, wrong passphrase');
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Open' }).click();
  await expect(mentor.getByRole('dialog', { name: /as a mentor$/u })).toBeVisible();
  await expectAccessible(mentor, 'open as mentor dialog');
  await mentor.getByRole('button', { name: 'Open as mentor' }).click();
  await expectAccessible(mentor, 'mentor copy, overview');
  await openSection(mentor, 'Findings');
  await expectAccessible(mentor, 'mentor copy, a section');
  await navigation(mentor)
    .getByRole('link', { name: /^Evidence/ })
    .first()
    .click();
  await mentor.getByRole('link', { name: 'Provision map' }).click();
  await expectAccessible(mentor, 'mentor copy, an item of evidence');
  await navigation(mentor).getByRole('link', { name: 'Mentor handbook', exact: true }).click();
  await expectAccessible(mentor, 'mentor copy, mentor handbook');
  await page.getByRole('button', { name: `Open ${CANDIDATE.title}` }).click();
  const sharedAgain = await share(page);
  await page.getByRole('link', { name: '← All portfolios' }).click();
  await mentor.getByRole('link', { name: '← All portfolios' }).click();
  await mentor.getByLabel('Choose a portfolio file to open').setInputFiles(sharedAgain);
  await mentor.getByRole('dialog').getByLabel('Passphrase').fill(PASSPHRASE);
  await mentor.getByRole('dialog').getByRole('button', { name: 'Open' }).click();
  await expect(mentor.getByRole('dialog', { name: /^A newer copy of/u })).toBeVisible();
  await expectAccessible(mentor, 'a newer copy dialog');
  await mentor.keyboard.press('Escape');
  await mentor.getByRole('button', { name: `Open ${CANDIDATE.title}` }).click();
  await checkDialog(mentor, 'Send feedback…', 'send feedback dialog');
  await mentor.getByRole('button', { name: 'Send feedback…' }).click();
  await mentor.getByRole('dialog').getByLabel('Protect it with a passphrase').uncheck();
  const sending = mentor.waitForEvent('download');
  await mentor.getByRole('dialog').getByRole('button', { name: 'Save the feedback' }).click();
  const feedback = await (await sending).path();

  await page.getByLabel('Choose a portfolio file to open').setInputFiles(feedback);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'bring in feedback dialog');
  await page.keyboard.press('Escape');
  await mentorProfile.close();

  await page
    .getByLabel('Choose a portfolio file to open')
    .setInputFiles({ name: 'Part 1.nasenco', mimeType: 'application/octet-stream', buffer: Buffer.from('%PDF-1.7') });
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'file refused dialog');
  expect([...outside, ...outsideForMentor]).toEqual([]);
});

test('light or dark, as the computer is set or as chosen, and reading settings for dyslexic writers: all kept, all accessible', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFreshApp(page);
  const colourScheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  await expect.poll(colourScheme).toBe('light dark');
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
    .toBe('rgb(20, 23, 28)');
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Reading ages rose for most pupils.');
  await waitForSaved(page);
  await expectAccessible(page, 'a section, dark as the computer is set');

  await page.getByRole('button', { name: 'Display and reading…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Display and reading' });
  await expectAccessible(page, 'display and reading dialog');
  await dialog.getByRole('radio', { name: 'Light', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Open letter shapes (Verdana)' }).check();
  await dialog.getByRole('radio', { name: 'Widest' }).check();
  await dialog.getByRole('radio', { name: 'Double (2)' }).check();
  await dialog.getByRole('radio', { name: 'Cream' }).check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  const style = () =>
    editor(page).evaluate((element) => {
      const css = getComputedStyle(element);
      return {
        font: css.fontFamily,
        letters: css.letterSpacing,
        lines: css.lineHeight,
        paper: getComputedStyle(element.closest('.section-editor')!).backgroundColor,
      };
    });
  await expect.poll(colourScheme).toBe('light');
  await expect.poll(style).toMatchObject({
    font: expect.stringContaining('Verdana'),
    letters: '1.92px',
    lines: '33.6px',
    paper: 'rgb(253, 246, 227)',
  });
  await expectAccessible(page, 'a section, light, with reading settings');

  // Kept on this computer: a reload keeps them.
  await page.reload();
  await expect(editor(page)).toBeVisible();
  await expect.poll(colourScheme).toBe('light');
  await expect.poll(style).toMatchObject({ font: expect.stringContaining('Verdana'), lines: '33.6px' });

  await page.getByRole('button', { name: 'Display and reading…' }).click();
  await dialog.getByRole('radio', { name: 'Dark', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Pale blue' }).check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expectAccessible(page, 'a section, dark, tinted');
  await page.getByRole('button', { name: 'Display and reading…' }).click();
  await dialog.getByRole('button', { name: 'Back to the usual settings' }).click();
  await expect
    .poll(() =>
      page.evaluate(() => document.documentElement.getAttributeNames().filter((name) => name.startsWith('data-'))),
    )
    .toEqual([]);
});

test('opening a large file, a crafted file refused, and names found without a list: accessible', async ({ page }) => {
  test.setTimeout(180_000);
  await openFreshApp(page);
  const path = onDisk('Big backup.nasenco', await largeBackup(8));
  await page.getByLabel('Choose a portfolio file to open').setInputFiles(path);
  await expect(page.getByRole('progressbar', { name: /Checking every part of the file/u })).toBeVisible();
  // Checked while the file is read (or, on a fast machine, just after): either way nothing may fail.
  await expectAccessible(page, 'opening a large file, its progress and Cancel');
  await expect(page.locator('.notice-bar')).toContainText('Restored: 1 portfolio added.', { timeout: 120_000 });
  await page.getByLabel('Choose a portfolio file to open').setInputFiles({
    name: 'Stranger.nasenco',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(zip64EntryCountLie()),
  });
  await expect(page.getByRole('dialog', { name: '“Stranger.nasenco” was not opened' })).toBeVisible();
  await expectAccessible(page, 'a crafted file refused');
  await page.getByRole('button', { name: 'OK' }).click();
  await createPortfolio(page, 'Second portfolio');
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Kacper joined the group at Oakfield Primary School.');
  await waitForSaved(page);
  await checkDialog(page, 'Check for pupil data…', 'the pupil-data check with names found without a list');
});
