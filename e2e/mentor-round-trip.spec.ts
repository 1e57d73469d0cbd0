import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import {
  CANDIDATE,
  createPortfolio,
  editor,
  navigation,
  openFreshApp,
  openSection,
  selectWords,
  waitForSaved,
  writeInANewPortfolio,
} from './app';

const PASSPHRASE = 'Bluebell meadow 42';

/** Saves a file from a dialog that protects it with the passphrase, and gives back its bytes. */
async function saveProtected(
  page: Page,
  dialogName: string,
  saveLabel: string,
): Promise<{ name: string; buffer: Buffer }> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: saveLabel }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), buffer: await readFile(await download.path()) };
}

/** Opens a protected portfolio file from the home screen, as a person would choose it. */
async function openProtectedFile(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await page
    .getByLabel('Choose a portfolio file to open')
    .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
  const unlock = page.getByRole('dialog', { name: `Open “${file.name}”` });
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Open' }).click();
}

async function signOff(page: Page, code: string, judgement: 'Met' | 'Not yet met', statement: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^(Sign off|Change) ${code}$`) }).click();
  const dialog = page.getByRole('dialog', { name: `Sign off ${code}` });
  await dialog.getByRole('radio', { name: judgement, exact: true }).check();
  await dialog.getByLabel('Statement').fill(statement);
  await dialog.getByLabel('Name (typed as a signature)').fill('Sam Mentor');
  await dialog.getByRole('button', { name: 'Save sign-off' }).click();
  await expect(dialog).toHaveCount(0);
}

test('a SENCO shares a protected portfolio, the mentor comments and signs off in their own app, and the feedback comes back without changing a word of the SENCO’s', async ({
  page,
  browser,
}) => {
  // The SENCO writes, and shares the portfolio with their mentor.
  await writeInANewPortfolio(page, 'Findings', 'Reading ages rose for most pupils after pre-teaching vocabulary.');
  await page.getByRole('button', { name: 'Share with my mentor…' }).click();
  const shared = await saveProtected(page, 'Share with my mentor', 'Save the file for my mentor');
  expect(shared.name).toMatch(/^NASENCO 2026–27 for my mentor \d{4}-\d{2}-\d{2}\.nasenco$/u);
  // Sealed: the manifest says how, and the only other entry is the sealed bytes.
  expect(Object.keys(unzipSync(shared.buffer)).sort()).toEqual(['manifest.json', 'protected.bin']);
  expect(JSON.parse(strFromU8(unzipSync(shared.buffer)['manifest.json']!))).toMatchObject({
    protection: { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256' },
  });

  // The mentor, on their own laptop (a second browser profile), opens it.
  const mentorProfile = await browser.newContext();
  const mentor = await mentorProfile.newPage();
  await openFreshApp(mentor);
  await openProtectedFile(mentor, shared);
  await mentor
    .getByRole('dialog', { name: `Open “${CANDIDATE.title}” as a mentor` })
    .getByRole('button', { name: 'Open as mentor' })
    .click();
  await expect(mentor.getByRole('complementary', { name: 'Mentor copy' })).toContainText(
    `You are reading ${CANDIDATE.name}’s portfolio as their mentor.`,
  );

  // The SENCO's writing cannot be changed, but it can be commented on.
  await openSection(mentor, 'Findings');
  await expect(editor(mentor)).toHaveAttribute('contenteditable', 'false');
  await expect(mentor.getByRole('toolbar', { name: 'Formatting' })).toHaveCount(0);
  await editor(mentor).click();
  await mentor.keyboard.type('Typed by the mentor');
  await expect(editor(mentor)).toHaveText('Reading ages rose for most pupils after pre-teaching vocabulary.');
  await selectWords(mentor, 'most pupils');
  await mentor.getByRole('button', { name: '✎ Comment' }).click();
  const mentorMargin = mentor.getByRole('complementary', { name: 'Comments' });
  const draft = mentorMargin.getByRole('form', { name: 'New comment' });
  await expect(draft).toContainText('“most pupils”');
  await expect(draft.getByLabel('Recorded by').locator('option')).toHaveText(['Me (the mentor)', 'The head teacher']);
  await draft.getByLabel('Comment').fill('How many exactly? Give the number.');
  await draft.getByRole('button', { name: 'Add comment' }).click();
  await expect(mentorMargin.getByRole('article', { name: 'Comment by Me (the mentor)' })).toContainText(
    'How many exactly?',
  );

  // Evidence and settings are the SENCO's: every control is disabled.
  await navigation(mentor)
    .getByRole('link', { name: /^Evidence/ })
    .first()
    .click();
  await expect(mentor.getByRole('button', { name: 'Add evidence' })).toBeDisabled();

  // The mentor's parts of the handbook: a meeting, sign-offs and the final statement.
  // The reading log is the candidate's, but the mentor can search and sort it.
  await navigation(mentor).getByRole('link', { name: 'Reading log', exact: true }).click();
  await expect(mentor.getByRole('searchbox', { name: 'Search' })).toBeEnabled();
  await expect(mentor.getByRole('button', { name: 'Add an entry' })).toHaveCount(0);
  await navigation(mentor).getByRole('link', { name: 'Mentor handbook', exact: true }).click();
  await expect(mentor.getByLabel('Mentor’s name')).toBeDisabled();
  await mentor.getByRole('button', { name: 'Record a meeting' }).click();
  const meeting = mentor.getByRole('dialog', { name: 'Record a mentor meeting' });
  await meeting.getByLabel('Focus').fill('Reviewing the findings');
  await meeting.getByLabel('Agreed actions').fill('Give the numbers behind “most pupils”.');
  await meeting.getByRole('button', { name: 'Save meeting' }).click();
  await expect(mentor.getByRole('list', { name: 'Mentor records' })).toContainText('recorded by you');
  await signOff(mentor, 'B1', 'Not yet met', 'Evidence to come in the spring term.');
  await signOff(mentor, 'C1', 'Met', 'Seen in the annual review.');
  const statement = mentor.getByRole('form', { name: 'Mentor’s statement' });
  await statement.getByLabel('Name (typed as a signature)').fill('Sam Mentor');
  await statement.getByRole('button', { name: 'Sign as mentor' }).click();
  await mentor
    .getByRole('dialog', { name: /^Sign with 1 of 13 outcomes/ })
    .getByRole('button', { name: 'Sign as mentor' })
    .click();
  await expect(mentor.getByLabel('Mentor’s statement')).toContainText('Signed Sam Mentor');

  await mentor.getByRole('button', { name: 'Send feedback…' }).click();
  const feedback = await saveProtected(mentor, `Send feedback to ${CANDIDATE.name}`, 'Save the feedback');
  expect(feedback.name).toMatch(/^Feedback for Ada Example on NASENCO 2026–27 \d{4}-\d{2}-\d{2}\.nasenco$/u);
  await expect(mentor.getByRole('complementary', { name: 'Mentor copy' })).toContainText(
    'Feedback last sent just now.',
  );

  // Meanwhile the SENCO kept writing.
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Spelling ages rose too.');
  await waitForSaved(page);
  await page.getByRole('link', { name: '← All portfolios' }).click();

  // The SENCO brings the feedback in.
  await openProtectedFile(page, feedback);
  const bringIn = page.getByRole('dialog', { name: 'Feedback from your mentor' });
  await expect(bringIn).toContainText('It brings 1 comment, 1 record and 3 sign-offs or final statements.');
  await bringIn.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.locator('.notice-bar')).toContainText(
    `Feedback brought into “${CANDIDATE.title}”: 1 comment, 1 record and 3 sign-offs or final statements.`,
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Mentor handbook' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Mentor records' })).toContainText('recorded by your mentor');
  await expect(page.getByRole('row', { name: /^B1/ })).toContainText('Not yet met — Sam Mentor');
  await expect(page.getByRole('row', { name: /^C1/ })).toContainText('Met — Sam Mentor');
  await expect(page.getByLabel('Mentor’s statement')).toContainText('Signed Sam Mentor');
  // The mentor's judgements are theirs: in the SENCO's copy they say where they came from, and cannot be changed or withdrawn.
  await expect(page.getByRole('row', { name: /^C1/ })).toContainText(
    'Signed in the mentor’s own copy of the app and brought in with their feedback.',
  );
  await expect(page.getByRole('button', { name: 'Change C1' })).toHaveCount(0);
  await expect(page.getByLabel('Mentor’s statement')).toContainText(
    'Signed in the mentor’s own copy of the app and brought in with their feedback.',
  );
  await expect(page.getByRole('button', { name: 'Withdraw the mentor’s signature' })).toHaveCount(0);

  // Every word the SENCO wrote is there, and the comment is in the margin on its words.
  await openSection(page, 'Findings');
  await expect(editor(page)).toHaveText(
    'Reading ages rose for most pupils after pre-teaching vocabulary. Spelling ages rose too.',
  );
  await expect(editor(page).locator('.comment-passage')).toHaveText('most pupils');
  const card = page
    .getByRole('complementary', { name: 'Comments' })
    .getByRole('article', { name: 'Comment by My mentor' });
  await card.getByRole('button', { name: 'Reply', exact: true }).click();
  await card.getByLabel('Reply').fill('Eleven of fourteen: added.');
  await card.getByRole('button', { name: 'Send reply' }).click();
  await card.getByRole('button', { name: 'Resolve' }).click();
  await expect(editor(page).locator('.comment-passage')).toHaveCount(0);

  // The mentor changes their mind on B1, signs the statement again, and sends feedback again: both
  // versions of each are kept, the later shown. Withdrawing, which feedback cannot carry, is not offered.
  await mentor.getByRole('button', { name: 'Change B1' }).click();
  await expect(
    mentor.getByRole('dialog', { name: 'Sign off B1' }).getByRole('radio', { name: 'Withdraw the sign-off' }),
  ).toHaveCount(0);
  await mentor.getByRole('dialog', { name: 'Sign off B1' }).getByRole('button', { name: 'Cancel' }).click();
  await signOff(mentor, 'B1', 'Met', 'Seen in the spring review.');
  await expect(mentor.getByRole('button', { name: 'Withdraw the mentor’s signature' })).toHaveCount(0);
  await mentor.getByRole('button', { name: 'Sign again as mentor' }).click();
  await statement.getByLabel('Statement').fill('The outcomes were met in practice, B1 included.');
  await statement.getByRole('button', { name: 'Sign as mentor' }).click();
  await mentor
    .getByRole('dialog', { name: /^Sign with 2 of 13 outcomes/ })
    .getByRole('button', { name: 'Sign as mentor' })
    .click();
  await expect(mentor.getByLabel('Mentor’s statement')).toContainText('B1 included');
  await mentor.getByRole('button', { name: 'Send feedback…' }).click();
  const second = await saveProtected(mentor, `Send feedback to ${CANDIDATE.name}`, 'Save the feedback');
  await page.getByRole('link', { name: '← All portfolios' }).click();
  await openProtectedFile(page, { ...second, name: 'second feedback.nasenco' });
  const again = page.getByRole('dialog', { name: 'Feedback from your mentor' });
  await expect(again).toContainText('It brings 2 sign-offs or final statements.');
  await expect(again).toContainText(
    '2 judgements differ from one already here: both are kept, the later shown and the earlier listed under it.',
  );
  await again.getByRole('button', { name: 'Bring it in' }).click();
  const b1 = page.getByRole('row', { name: /^B1/ });
  await expect(b1).toContainText('Met — Sam Mentor');
  await b1.getByText('An earlier judgement, kept when a later one arrived').click();
  await expect(b1).toContainText('Not yet met — Sam Mentor');
  await expect(page.getByLabel('Mentor’s statement')).toContainText('B1 included');
  await page.getByText('An earlier judgement, kept when a later one arrived').last().click();
  await expect(page.getByRole('region', { name: 'Final statements' })).toContainText(
    'I confirm that the learning outcomes',
  );
  // The SENCO's reply and resolve stay as they were.
  await openSection(page, 'Findings');
  await expect(editor(page).locator('.comment-passage')).toHaveCount(0);
  await expect(editor(page)).toHaveText(
    'Reading ages rose for most pupils after pre-teaching vocabulary. Spelling ages rose too.',
  );
  await mentorProfile.close();
});

test('a shared file opened where its portfolio is the SENCO’s own, or feedback on a portfolio not here, is refused in words', async ({
  page,
  browser,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await page.getByRole('button', { name: 'Share with my mentor…' }).click();
  const shared = await saveProtected(page, 'Share with my mentor', 'Save the file for my mentor');
  await page.getByRole('link', { name: '← All portfolios' }).click();
  await openProtectedFile(page, shared);
  await expect(page.getByRole('dialog', { name: `“${shared.name}” was not opened` }).getByRole('alert')).toHaveText(
    `“${CANDIDATE.title}” is your own portfolio, and it is already here. This file is the copy you shared: your mentor opens it in the app on their computer.`,
  );
  await page.getByRole('button', { name: 'OK' }).click();

  // The mentor sends feedback, which reaches a computer without the portfolio.
  const mentorProfile = await browser.newContext();
  const mentor = await mentorProfile.newPage();
  await openFreshApp(mentor);
  await openProtectedFile(mentor, shared);
  await mentor.getByRole('button', { name: 'Open as mentor' }).click();
  await mentor.getByRole('button', { name: 'Send feedback…' }).click();
  const feedback = await saveProtected(mentor, `Send feedback to ${CANDIDATE.name}`, 'Save the feedback');
  const elsewhereProfile = await browser.newContext();
  const elsewhere = await elsewhereProfile.newPage();
  await openFreshApp(elsewhere);
  await openProtectedFile(elsewhere, feedback);
  await expect(
    elsewhere.getByRole('dialog', { name: `“${feedback.name}” was not opened` }).getByRole('alert'),
  ).toContainText('which is not in the app on this computer');
  await expect(elsewhere.getByText('No portfolios yet.')).toBeVisible();
  await mentorProfile.close();
  await elsewhereProfile.close();
});
