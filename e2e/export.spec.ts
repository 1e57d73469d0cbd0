import { expect, test } from '@playwright/test';
import {
  CANDIDATE,
  createPortfolio,
  docxBodyParagraphs,
  docxParagraphs,
  editor,
  navigation,
  openFreshApp,
  openSection,
  partTotal,
  waitForSaved,
  writeInANewPortfolio,
} from './app';

test('the cover and layout follow programme settings, and the whole portfolio exports as one document', async ({
  page,
}) => {
  await writeInANewPortfolio(page, 'Reflective commentary', 'Pupil voice shaped the provision map.');
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Reading ages rose for most pupils.');
  await waitForSaved(page);
  await expect(partTotal(page, 'Part 1')).toHaveText('8 / 5,000 words');
  await expect(partTotal(page, 'Part 2')).toHaveText('7 / 5,000 words');

  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const part1 = page.getByRole('form', { name: 'Settings for Part 1 — Portfolio of Evidence' });
  await part1.getByLabel('Module code').fill('SEN7001');
  await part1.getByLabel('Module title').fill('Leading SEN provision');
  await part1.getByRole('checkbox', { name: 'Learning outcomes coverage' }).uncheck();
  const cover = page.getByRole('form', { name: 'Cover page and layout' });
  await cover.getByLabel('University or provider').fill('University of Examplefield');
  await cover.getByRole('checkbox', { name: /Put my name on the cover page/ }).check();
  await cover.getByLabel('Margins (cm)').fill('0.5');
  await expect(cover.getByText('The margins must be between 1.5 and 4 cm.')).toBeVisible();
  await cover.getByLabel('Margins (cm)').fill('2');
  await expect(cover.getByRole('status')).toHaveText('Changes here are saved as you make them.');

  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Part 1 — Portfolio of Evidence as a Word document' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toBe(`${CANDIDATE.number} SEN7001 Part 1.docx`);
  const texts = (await docxParagraphs(download)).map(([, text]) => text);
  for (const expected of ['University of Examplefield', 'SEN7001 Leading SEN provision', CANDIDATE.name, '8 words'])
    expect(texts).toContain(expected);
  const body = (await docxBodyParagraphs(download)).map(([style, text]) => `${style}:${text}`);
  expect(body.filter((paragraph) => paragraph.startsWith('Heading1:Appendix'))).toEqual([
    'Heading1:Appendix A: Reflective reading log',
    'Heading1:Appendix B: Mentor handbook',
  ]);

  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export every part in one Word document' }).click();
  download = await downloading;
  expect(download.suggestedFilename()).toBe(`${CANDIDATE.number} NASENCO 2026–27.docx`);
  const whole = await docxParagraphs(download);
  const wholeTexts = whole.map(([, text]) => text);
  expect(
    wholeTexts.slice(wholeTexts.indexOf('Word count, Part 1'), wholeTexts.indexOf('Word count, Part 1') + 4),
  ).toEqual(['Word count, Part 1', '8 words', 'Word count, Part 2', '7 words']);
  const headings = whole.filter(([style]) => style === 'Heading1').map(([, text]) => text);
  expect(headings).toEqual(['Part 1 — Portfolio of Evidence', 'Part 2 — Reflective Practitioner Enquiry']);
  expect(whole).toContainEqual(['Heading2', 'Findings']);
});

test('after a desktop save, “Show in folder” asks the host to show that file, and says so when it has gone', async ({
  page,
}) => {
  // The desktop host, as its preload exposes it, stood in for: the page talks only to this contract.
  await page.addInitScript(() => {
    const shown: unknown[] = [];
    Object.assign(window, {
      shownFiles: shown,
      host: {
        edition: 'desktop',
        onPortfolioFileOpened: () => () => {},
        spellingWords: () => Promise.resolve({ keptBy: 'the-app', words: [], changesShowAfterRestart: false }),
        removeSpellingWord: () => Promise.resolve({ keptBy: 'the-app', words: [], changesShowAfterRestart: false }),
        savePortfolioFile: () => Promise.resolve({ status: 'cancelled' }),
        exportDocx: ({ suggestedFileName }: { suggestedFileName: string }) =>
          Promise.resolve({
            status: 'saved',
            fileName: suggestedFileName,
            folder: '/home/sam/Documents',
            savedFileId: `saved-${shown.length}`,
          }),
        showSavedFile: (request: { savedFileId: string }) => {
          shown.push(request);
          return Promise.resolve(
            shown.length === 1
              ? { status: 'shown' }
              : {
                  status: 'failed',
                  message: '“Part 1.docx” is no longer where it was saved: it may have been moved, renamed or deleted.',
                },
          );
        },
      },
    });
  });
  await openFreshApp(page);
  await createPortfolio(page);
  const notices = page.locator('.notice-bar');
  for (const expected of ['shown', 'failed'] as const) {
    await page.getByRole('button', { name: 'Export Part 1 — Portfolio of Evidence as a Word document' }).click();
    // With the document's size, as upload pages give their limits.
    await expect(notices).toContainText(
      new RegExp(`Saved “${CANDIDATE.number} Part 1\\.docx” \\(\\d+ KB\\) in /home/sam/Documents\\.`, 'u'),
    );
    await notices.getByRole('button', { name: 'Show in folder' }).click();
    if (expected === 'shown') await expect(notices).toBeEmpty();
    else await expect(notices).toHaveText(/“Part 1.docx” is no longer where it was saved/);
  }
  expect(await page.evaluate(() => (window as unknown as { shownFiles: unknown[] }).shownFiles)).toEqual([
    { savedFileId: 'saved-0' },
    { savedFileId: 'saved-1' },
  ]);
});
