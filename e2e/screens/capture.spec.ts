import { test, type Page } from '@playwright/test';
import {
  createPortfolio,
  editor,
  navigation,
  openFreshApp,
  openSection,
  selectWords,
  waitForSaved,
  writeAndComment,
  writeInANewPortfolio,
} from '../app';
import { zip64EntryCountLie } from '../../src-renderer/core/portfolio-file/crafted-zips.test-data.js';
import { largeBackup, onDisk, samplePng } from '../sample-files';

// Captures every screen for people to look at: `npm run screens`, then open test-results/screens/.
const dir = 'test-results/screens';
const shot = (page: Page, name: string) => page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });

test('capture the screens', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFreshApp(page);
  await shot(page, '01-home-empty');
  await page.getByRole('button', { name: 'New portfolio' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create portfolio' }).click();
  await shot(page, '02-create-with-problems');
  await page.keyboard.press('Escape');
  await createPortfolio(page);
  await shot(page, '03-overview-new');

  await openSection(page, 'Reflective commentary');
  await editor(page).click();
  await page.keyboard.press('Control+Alt+2');
  await page.keyboard.type('Context and rationale');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Our school is a large primary where 18% of pupils are on the SEN register. ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Quality first teaching');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' was the focus of this term.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+b');
  await page.keyboard.type('All teachers are teachers of pupils with SEN.');
  await waitForSaved(page);
  await shot(page, '04-writing');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+b');
  await page.getByRole('button', { name: 'Insert a table', exact: true }).click();
  for (const cell of ['Pupil', 'September', 'December', 'Pupil A', '7y 2m', '7y 9m', 'Pupil B', '6y 11m']) {
    await page.keyboard.type(cell);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('7y 8m');
  await page
    .getByLabel('Choose a picture')
    .setInputFiles({ name: 'reading-ages.png', mimeType: 'image/png', buffer: samplePng(320, 160) });
  await editor(page).locator('figure').waitFor();
  await page.keyboard.type('Reading ages of the group, September to December');
  await page.locator('table td').last().click();
  await waitForSaved(page);
  await shot(page, '04b-table-and-figure');
  await editor(page).evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const start = node.textContent?.indexOf('18% of pupils') ?? -1;
      if (start === -1) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + '18% of pupils'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
  });
  await page.getByRole('button', { name: '✎ Comment' }).click();
  await page
    .getByRole('form', { name: 'New comment' })
    .getByLabel('Comment')
    .fill('Compare with the national figure for primary schools.');
  await page.getByRole('form', { name: 'New comment' }).getByLabel('Recorded by').selectOption({ label: 'My mentor' });
  await page.getByRole('form', { name: 'New comment' }).getByRole('button', { name: 'Add comment' }).click();
  await page.getByRole('article').getByRole('button', { name: 'Reply', exact: true }).click();
  await page.getByRole('article').getByLabel('Reply').fill('Added: 13% nationally.');
  await page.getByRole('article').getByRole('button', { name: 'Send reply' }).click();
  await page.getByRole('article').getByText('Added: 13% nationally.').waitFor();
  await shot(page, '04c-comments');

  await navigation(page).getByRole('link', { name: 'Learning outcomes' }).click();
  await shot(page, '05-outcomes');
  await page.getByRole('button', { name: 'Paste a list' }).click();
  await page
    .getByLabel('One outcome per line')
    .fill('B7 Leading a whole-school review of SEN\nC4 Advocating for families\nnot an outcome');
  await shot(page, '06-paste-outcomes');
  await page.getByRole('button', { name: 'Add 2 outcomes' }).click();

  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('dialog').getByLabel('Title').fill('Provision map review with Year 6 team');
  await page.getByRole('dialog').getByRole('button', { name: 'Add evidence' }).click();
  await page.getByLabel('Context').fill('Year 6, autumn term');
  await page.getByRole('checkbox', { name: /^B3 / }).check();
  await page.getByRole('checkbox', { name: /^A1 / }).check();
  await page.getByLabel('Word equivalence').fill('400');
  await page
    .getByLabel(/^Attach files/)
    .setInputFiles({ name: 'provision-map.png', mimeType: 'image/png', buffer: samplePng() });
  await editor(page).click();
  await page.getByRole('button', { name: 'Reflective model…' }).click();
  await shot(page, '07a-reflective-model-menu');
  await page.getByRole('menuitem', { name: 'Gibbs’ reflective cycle' }).click();
  await page.keyboard.type('We met as a year team to review the map.');
  await waitForSaved(page);
  await shot(page, '07-evidence');

  await navigation(page).getByRole('link', { name: 'Outcome coverage' }).click();
  await shot(page, '08-coverage');
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await shot(page, '09-overview');
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await shot(page, '10-settings');

  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('button', { name: 'Paste a reference or DOI' }).click();
  await page
    .getByLabel('A Harvard reference, or a DOI')
    .fill(
      'Florian, L. and Black-Hawkins, K. (2011) ‘Exploring inclusive pedagogy’, British Educational Research Journal, 37(5), pp. 813–828.',
    );
  await shot(page, '12-reading-paste');
  await page.getByRole('button', { name: 'Add to the reading log' }).click();
  await page.getByLabel('Key points').fill('Inclusive pedagogy extends what is ordinarily available to all.');
  await waitForSaved(page);
  await shot(page, '13-reading-entry');
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByLabel('Surname of author 1').fill('Ainscow');
  await navigation(page).getByRole('link', { name: 'Reading log', exact: true }).click();
  await shot(page, '14-reading-log');

  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Pre-teaching vocabulary helped most pupils ');
  await page.keyboard.press('Control+Shift+C');
  await page.getByRole('dialog').getByRole('checkbox').first().check();
  await page.getByLabel('Page (optional)').fill('815');
  await shot(page, '15-citation-picker');
  await page.getByRole('button', { name: 'Insert citation' }).click();
  await page.keyboard.type('in the trial.');
  await waitForSaved(page);
  await shot(page, '16-citation-in-text');
  await openSection(page, 'References');
  await shot(page, '17-reference-list');

  await navigation(page).getByRole('link', { name: 'Mentor handbook', exact: true }).click();
  await page.getByLabel('Mentor’s name').fill('Sam Mentor');
  await page.getByRole('button', { name: 'Record a meeting' }).click();
  await page.getByRole('dialog').getByLabel('Focus').fill('Planning the provision map review');
  await page.getByRole('dialog').getByLabel('Agreed actions').fill('Share the draft with governors');
  await page.getByRole('dialog').getByRole('button', { name: 'Save meeting' }).click();
  await page.getByRole('button', { name: 'Sign off B1' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'My mentor' }).check();
  await page.getByRole('dialog').getByLabel('Statement').fill('Seen leading the SEN policy review with governors.');
  await page.getByRole('dialog').getByLabel('Name (typed as a signature)').fill('Sam Mentor');
  await shot(page, '18-sign-off-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Save sign-off' }).click();
  await waitForSaved(page);
  await shot(page, '19-mentor-handbook');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export Part 1/ }).click();
  await (await download).saveAs(`${dir}/part1.docx`);
  await page.getByRole('link', { name: '← All portfolios' }).click();
  await page
    .getByRole('button', { name: /^Delete / })
    .first()
    .click();
  await shot(page, '11-delete-confirm');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Back up everything' }).click();
  await page.getByRole('dialog').getByLabel('Passphrase', { exact: true }).fill('Bluebell meadow 42');
  await shot(page, '20-back-up');
  await page.getByRole('dialog').getByLabel('Protect it with a passphrase').uncheck();
  const backingUp = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Save the backup' }).click();
  const backup = await (await backingUp).path();
  await page.getByLabel('Choose a portfolio file to open').setInputFiles(backup);
  await shot(page, '21-restore-choices');
  await page
    .getByRole('dialog')
    .getByRole('radio', { name: /^Replace/ })
    .check();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await page
    .locator('.notice-bar')
    .getByText(/^Restored/)
    .waitFor();
  await shot(page, '22-restored-with-copy');
  await page
    .getByLabel('Choose a portfolio file to open')
    .setInputFiles({ name: 'Part 1.nasenco', mimeType: 'application/octet-stream', buffer: Buffer.from('%PDF-1.7') });
  await shot(page, '23-restore-refused');
});

test('capture the mentor’s round trip', async ({ page, browser }) => {
  const size = { width: 1366, height: 768 };
  await page.setViewportSize(size);
  await writeInANewPortfolio(
    page,
    'Findings',
    'Reading ages rose for most pupils after pre-teaching vocabulary. The teaching assistants kept a log of each session.',
  );
  await page.getByRole('button', { name: 'Share with my mentor…' }).click();
  await shot(page, '24-share-with-mentor');
  await page.getByRole('dialog').getByLabel('Protect it with a passphrase').uncheck();
  const sharing = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Save the file for my mentor' }).click();
  const shared = await (await sharing).path();

  const mentorProfile = await browser.newContext({ viewport: size });
  const mentor = await mentorProfile.newPage();
  await openFreshApp(mentor);
  await mentor.getByLabel('Choose a portfolio file to open').setInputFiles(shared);
  await shot(mentor, '25-open-as-mentor');
  await mentor.getByRole('button', { name: 'Open as mentor' }).click();
  await openSection(mentor, 'Findings');
  await selectWords(mentor, 'most pupils');
  await mentor.getByRole('button', { name: '✎ Comment' }).click();
  await mentor
    .getByRole('form', { name: 'New comment' })
    .getByLabel('Comment')
    .fill('How many exactly? Give the number.');
  await mentor.getByRole('button', { name: 'Add comment' }).click();
  await shot(mentor, '26-mentor-copy-section');
  await navigation(mentor).getByRole('link', { name: 'Mentor handbook', exact: true }).click();
  await mentor.getByRole('button', { name: 'Sign off B1' }).click();
  await mentor.getByRole('dialog').getByLabel('Name (typed as a signature)').fill('Sam Mentor');
  await mentor.getByRole('dialog').getByRole('button', { name: 'Save sign-off' }).click();
  await shot(mentor, '27-mentor-copy-handbook');
  await mentor.getByRole('button', { name: 'Send feedback…' }).click();
  await mentor.getByRole('dialog').getByLabel('Protect it with a passphrase').uncheck();
  const sending = mentor.waitForEvent('download');
  await mentor.getByRole('dialog').getByRole('button', { name: 'Save the feedback' }).click();
  const feedback = await (await sending).path();
  await mentor.getByRole('link', { name: '← All portfolios' }).click();
  await shot(mentor, '28-mentor-home');

  await page.getByRole('link', { name: '← All portfolios' }).click();
  await page.getByLabel('Choose a portfolio file to open').setInputFiles(feedback);
  await shot(page, '29-bring-in-feedback');
  await page.getByRole('button', { name: 'Bring it in' }).click();
  await openSection(page, 'Findings');
  await shot(page, '30-feedback-in-margin');
  await mentorProfile.close();
});

test('capture dark and reading settings', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFreshApp(page);
  await createPortfolio(page);
  await writeAndComment(
    page,
    'Findings',
    'Reading ages rose for most pupils after pre-teaching vocabulary. The teaching assistants kept a log of each session.',
    'most pupils',
    'How many exactly?',
  );
  await waitForSaved(page);
  await shot(page, '31-dark-section');
  await page.getByRole('button', { name: 'Display and reading…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Display and reading' });
  await dialog.getByRole('radio', { name: 'Light', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Rounded (Comic Sans)' }).check();
  await dialog.getByRole('radio', { name: 'Wider', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Wider (1.8)' }).check();
  await dialog.getByRole('radio', { name: 'Cream' }).check();
  await shot(page, '32-reading-settings');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await shot(page, '33-reading-settings-section');
});

test('capture storage, version history and the pupil-data check', async ({ page }) => {
  await writeInANewPortfolio(
    page,
    'Findings',
    'Jamie Rowntree read aloud each morning. Born on 14/03/2016, his UPN is A123456789012.',
  );
  await page.getByRole('button', { name: 'Save a version…' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Draft for my mentor');
  await page.getByRole('dialog').getByRole('button', { name: 'Save the version' }).click();
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' His reading age rose by a year.');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'History…' }).click();
  await shot(page, '34-version-history');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Check for pupil data…' }).click();
  const adding = page.getByRole('form', { name: 'Add a name to look for' });
  await adding.getByLabel('Name').fill('Jamie Rowntree');
  await adding.getByLabel('Pseudonym').fill('Pupil A');
  await adding.getByRole('button', { name: 'Add to the list' }).click();
  await shot(page, '35-pupil-data-check');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Share with my mentor…' }).click();
  await shot(page, '36-before-you-share');
  await page.keyboard.press('Escape');
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await page.getByRole('region', { name: 'Storage on this computer' }).scrollIntoViewIfNeeded();
  await shot(page, '37-storage-in-settings');
});

test('capture files from outside, names found without a list, and the spelling word list', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFreshApp(page);
  const path = onDisk('Big backup.nasenco', await largeBackup(8));
  await page.getByLabel('Choose a portfolio file to open').setInputFiles(path);
  await page.getByRole('progressbar').waitFor();
  await shot(page, '38-opening-a-large-file');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Choose a portfolio file to open').setInputFiles({
    name: 'From a stranger.nasenco',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(zip64EntryCountLie()),
  });
  await shot(page, '39-crafted-file-refused');
  await page.getByRole('button', { name: 'OK' }).click();
  await writeInANewPortfolio(
    page,
    'Findings',
    'Kacper and Oliwia joined the group at Oakfield Primary School in September. I met Claire, our deputy head, to plan the review; Curran and Boddison (2021) describe the role well, and the Boxall Profile showed progress.',
  );
  await page.getByRole('button', { name: 'Check for pupil data…' }).click();
  await shot(page, '40-pupil-data-without-a-list');
  await page.keyboard.press('Escape');
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await page.getByRole('region', { name: 'Your spelling word list' }).scrollIntoViewIfNeeded();
  await shot(page, '41-spelling-in-browser-settings');
});
