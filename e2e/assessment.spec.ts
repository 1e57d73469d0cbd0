import { expect, test, type Page } from '@playwright/test';
import {
  createPortfolio,
  editor,
  navigation,
  openFreshApp,
  openSection,
  partTotal,
  waitForSaved,
  writeInANewPortfolio,
} from './app';
import { samplePng } from './sample-files';

test('each programme template lays out its own pieces and sections', async ({ page }) => {
  await openFreshApp(page);
  const shapes: [string, string[], string][] = [
    [
      'Two parts of 5,000 words',
      ['Part 1 — Portfolio of Evidence', 'Part 2 — Reflective Practitioner Enquiry'],
      'Methodology and ethics',
    ],
    [
      'Two modules, two assignments each',
      [
        'Module 1 — Assignment 1',
        'Module 1 — Assignment 2',
        'Module 2 — Assignment 1',
        'Module 2 — Assignment 2',
        'Portfolio of evidence',
      ],
      'Main text',
    ],
    [
      'Learning-outcomes portfolio with module tasks',
      ['Critical review', 'Evaluative study', 'Reflection on SEND data', 'Learning outcomes portfolio'],
      'Area B — Leading and co-ordinating provision',
    ],
    ['Blank', ['Assignment 1'], 'Main text'],
  ];
  for (const [template, pieces, aSection] of shapes) {
    await createPortfolio(page, `From ${template}`, template);
    await expect(navigation(page).locator('.part h2')).toHaveText(pieces);
    await expect(
      navigation(page)
        .getByRole('link', { name: new RegExp(`^${aSection}`) })
        .first(),
    ).toBeVisible();
    await expect(page.getByText(`Programme: ${template}`)).toBeVisible();
    await page.getByRole('link', { name: '← All portfolios' }).click();
  }
  await expect(page.getByRole('list', { name: 'Portfolios' }).getByRole('heading')).toHaveCount(4);
});

test('a new user maps evidence to outcomes, writes a commentary, and sees coverage, dashboard and settings follow', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  const dashboardCoverage = () => page.getByRole('link', { name: /outcomes have evidence/ });
  await expect(dashboardCoverage()).toHaveText('0 of 13 outcomes have evidence');
  await expect(page.getByText('0 of 10 taught days attended; 8 needed (80 %)')).toBeVisible();

  // Outcomes: paste a list, see the preview, add it.
  await navigation(page).getByRole('link', { name: 'Learning outcomes' }).click();
  await expect(page.getByRole('note')).toContainText('check it against your provider’s handbook');
  await page.getByRole('button', { name: 'Paste a list' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste a list of outcomes' });
  await paste
    .getByLabel('One outcome per line')
    .fill('B7 Leading a whole-school review of SEN\nC4 Advocating for families\nnot an outcome');
  await expect(paste).toContainText('2 outcomes will be added; 1 line cannot be read and will be left out.');
  await paste.getByRole('button', { name: 'Add 2 outcomes' }).click();
  await expect(page.getByRole('region', { name: /^Area B/ })).toContainText('B7 Leading a whole-school review of SEN');
  await expect(page.getByRole('region', { name: /^Area C/ })).toContainText('C4 Advocating for families');

  // Evidence: add, map to outcomes, attach an image, write a commentary with Gibbs.
  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const add = page.getByRole('dialog', { name: 'Add evidence' });
  await add.getByLabel('Title').fill('Provision map review with Year 6 team');
  await add.getByLabel('Date').fill('2026-10-12');
  await add.getByLabel('Type').selectOption({ label: 'Provision map' });
  await add.getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Provision map review with Year 6 team' })).toBeVisible();
  await page.getByLabel('Context').fill('Year 6, autumn term');
  await page.getByRole('checkbox', { name: /^B3 / }).check();
  await page.getByRole('checkbox', { name: /^B7 / }).check();
  await page.getByLabel('Word equivalence').fill('400');
  await page
    .getByLabel(/^Attach files/)
    .setInputFiles({ name: 'provision-map.png', mimeType: 'image/png', buffer: samplePng() });
  await expect(page.getByRole('img', { name: 'Thumbnail of provision-map.png' })).toBeVisible();
  await page
    .getByLabel(/^Attach files/)
    .setInputFiles({ name: 'recording.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('ID3') });
  await expect(page.getByRole('alert')).toContainText('“recording.mp3” is not an image, a PDF or a Word document');

  await editor(page).click();
  await page.getByRole('button', { name: 'Reflective model…' }).click();
  await page.getByRole('menuitem', { name: 'Gibbs’ reflective cycle' }).click();
  await expect(editor(page).locator('h3')).toHaveText([
    'Description',
    'Feelings',
    'Evaluation',
    'Analysis',
    'Conclusion',
    'Action plan',
  ]);
  // The cursor is under the first heading, where its prompt shows until the writer types.
  await page.keyboard.type('We met as a year team to review the map');
  await waitForSaved(page);
  // One number for what the item counts as, said in one sentence: the commentary's words and the word equivalence.
  await expect(page.getByTestId('evidence-count')).toHaveText(
    /^In Part 1 — Portfolio of Evidence\. Counts as 4\d\d words toward Part 1 — Portfolio of Evidence: its commentary, \d+ words, and its word equivalence, 400 words\.$/u,
  );

  // Part 1 now counts the evidence's 400 words and its commentary.
  await expect(partTotal(page, 'Part 1')).toContainText(/^4\d\d \/ 5,000 words$/);

  // Coverage matrix: B3 and B7 covered, a cell opens the item, area filter.
  await navigation(page).getByRole('link', { name: 'Outcome coverage' }).click();
  await expect(page.getByText('2 of 15 outcomes have evidence.')).toBeVisible();
  const matrix = page.getByRole('table');
  await expect(matrix.getByRole('row', { name: /A1 / })).toContainText('No evidence yet');
  await page.getByLabel('Show outcomes from').selectOption({ label: 'Area B: Leading and co-ordinating provision' });
  await expect(matrix.getByRole('row')).toHaveCount(1 + 7);
  await matrix.getByRole('link', { name: /^B7 shown by E1/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Provision map review with Year 6 team' })).toBeVisible();

  // Deleting a mapped outcome says how much evidence it touches.
  await navigation(page).getByRole('link', { name: 'Learning outcomes' }).click();
  await page.getByRole('button', { name: 'Delete B7' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete outcome B7?' })).toContainText(
    '1 item of evidence is mapped to it',
  );
  await page.getByRole('button', { name: 'Keep it' }).click();

  // Dashboard follows.
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await expect(dashboardCoverage()).toHaveText('2 of 15 outcomes have evidence');
  await page.getByRole('button', { name: 'Record a day attended' }).click();
  await expect(page.getByText('1 of 10 taught days attended')).toBeVisible();

  // Settings: a lower target turns the Part 1 counter to "over", in words.
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const part1Settings = page.getByRole('form', { name: 'Settings for Part 1 — Portfolio of Evidence' });
  // Saved as typed: a change that cannot be saved says why and stays as typed.
  await part1Settings.getByLabel('Target (words)').fill('100');
  await part1Settings.getByLabel('Allowed over (%)').fill('150');
  await expect(part1Settings.getByRole('alert')).toHaveText(
    '“Part 1 — Portfolio of Evidence”: The tolerance above the target must be at most 100. The change is not saved yet: it stays here as you typed it.',
  );
  await expect(part1Settings.getByLabel('Allowed over (%)')).toHaveValue('150');
  await part1Settings.getByLabel('Allowed over (%)').fill('0');
  await part1Settings.getByLabel('Due date').fill('2027-05-14');
  await expect(partState(page, 'Part 1')).toHaveAttribute('data-state', 'over');
  await expect(partState(page, 'Part 1')).toContainText(/Over: \d+ over the 100 maximum/);

  // Attendance and study plans can be changed too.
  const plans = page.getByRole('form', { name: 'Attendance and study hours' });
  await plans.getByLabel('Taught days', { exact: true }).fill('12');
  await plans.getByLabel('Attendance required (%)').fill('75');
  await plans.getByRole('checkbox', { name: 'My programme plans study hours' }).check();
  await plans.getByLabel('Units').fill('24');
  // Straight to another screen, without waiting: the change is saved on the way.
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText('1 of 12 taught days attended; 9 needed (75 %)')).toBeVisible();
  await page.getByLabel('Hours').fill('1.5');
  await page.getByRole('button', { name: 'Log study' }).click();
  await expect(page.getByText('1.5 of 120 study hours logged (24 units × 5 hours)')).toBeVisible();

  // Everything survives a reload.
  await page.reload();
  await expect(partState(page, 'Part 1')).toHaveAttribute('data-state', 'over');
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await expect(dashboardCoverage()).toHaveText('2 of 15 outcomes have evidence');
  await expect(page.getByText(/Due in \d+ days \(14 May 2027\)/)).toBeVisible();
  await expect(page.getByText('1 of 12 taught days attended')).toBeVisible();
  await expect(page.getByText('1.5 of 120 study hours logged')).toBeVisible();
  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .click();
  await page.getByRole('link', { name: 'Provision map review with Year 6 team' }).click();
  await expect(page.getByRole('img', { name: 'Thumbnail of provision-map.png' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^B7 / })).toBeChecked();
  await expect(editor(page)).toContainText('We met as a year team to review the map');
});

test('enquiry sections can be added, renamed, reordered, left out of the count and deleted undoably', async ({
  page,
}) => {
  await writeInANewPortfolio(page, 'Findings', 'Reading ages rose for most pupils');
  // Six words and the section's title, a heading in the export.
  await expect(partTotal(page, 'Part 2')).toHaveText('7 / 5,000 words');

  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const sections = page.getByRole('group', { name: 'Sections of Part 2 — Reflective Practitioner Enquiry' });
  await sections.getByRole('checkbox', { name: 'Counted' }).nth(5).uncheck();
  await expect(partTotal(page, 'Part 2')).toHaveText('0 / 5,000 words');
  await sections.getByRole('checkbox', { name: 'Counted' }).nth(5).check();
  await expect(partTotal(page, 'Part 2')).toHaveText('7 / 5,000 words');

  await sections.getByLabel('New section').fill('Glossary');
  await sections.getByRole('button', { name: /^Add section/ }).click();
  await expect(sections.getByRole('textbox', { name: /^Title of section/ }).last()).toHaveValue('Glossary');
  await sections.getByRole('button', { name: 'Move Glossary up' }).click();
  await expect(
    navigation(page)
      .getByRole('list', { name: /Part 2.*sections/ })
      .getByRole('link')
      .nth(10),
  ).toContainText('Glossary');
  const glossary = sections.getByRole('textbox', { name: 'Title of section 11' });
  await glossary.fill('Key terms');
  await glossary.blur();
  await expect(
    navigation(page)
      .getByRole('list', { name: /Part 2.*sections/ })
      .getByRole('link')
      .nth(10),
  ).toContainText('Key terms');

  await sections.getByRole('button', { name: 'Delete Findings' }).click();
  // It has words in it: asked first, with how many.
  const asking = page.getByRole('dialog', { name: 'Delete “Findings”?' });
  await expect(asking).toContainText('It has 6 words. It goes to Recently deleted');
  await asking.getByRole('button', { name: 'Delete' }).click();
  await expect(navigation(page).getByRole('link', { name: /^Findings/ })).toHaveCount(0);
  await expect(partTotal(page, 'Part 2')).toHaveText('0 / 5,000 words');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(partTotal(page, 'Part 2')).toHaveText('7 / 5,000 words');
  await openSection(page, 'Findings');
  await expect(editor(page)).toHaveText('Reading ages rose for most pupils');
});

function partState(page: Page, part: string) {
  return navigation(page)
    .locator('.part')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${part}`) }) })
    .locator('.word-target');
}

test('programme settings are saved as they are typed: changing a target and a due date, then going straight to the Overview, keeps both', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const part1Settings = page.getByRole('form', { name: 'Settings for Part 1 — Portfolio of Evidence' });
  await part1Settings.getByLabel('Target (words)').fill('3000');
  await part1Settings.getByLabel('Due date').fill('2027-06-30');
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText(/\(30 June 2027\)/u)).toBeVisible();
  await expect(partTotal(page, 'Part 1')).toHaveText(/\/ 3,000 words$/u);
  await page.reload();
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await expect(part1Settings.getByLabel('Target (words)')).toHaveValue('3000');
});
