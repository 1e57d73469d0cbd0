import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createPortfolio, docxBodyParagraphs, editor, openFreshApp, openSection, waitForSaved } from './app';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Formatting' });

test.beforeEach(async ({ page }) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Reflective commentary');
  await editor(page).click();
});

test('keyboard shortcuts and toolbar format text, and the toolbar shows what is on', async ({ page }) => {
  await page.keyboard.press('Control+Alt+2');
  await page.keyboard.type('Leading provision');
  await expect(toolbar(page).getByRole('button', { name: 'Heading', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Enter');

  await page.keyboard.type('The ');
  await page.keyboard.press('Control+b');
  await expect(toolbar(page).getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('graduated');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' ');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('approach');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' for ');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('all');
  await page.keyboard.press('Control+u');
  await page.keyboard.press('Enter');

  await toolbar(page).getByRole('button', { name: 'Numbered list' }).click();
  await page.keyboard.type('Assess');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Plan');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+8');
  await page.keyboard.type('Do');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await toolbar(page).getByRole('button', { name: 'Quotation' }).click();
  await page.keyboard.type('All teachers are teachers of SEN');

  const text = editor(page);
  await expect(text.locator('h2')).toHaveText('Leading provision');
  await expect(text.locator('strong')).toHaveText('graduated');
  await expect(text.locator('em')).toHaveText('approach');
  await expect(text.locator('u')).toHaveText('all');
  await expect(text.locator('ol > li')).toHaveText(['Assess', 'Plan']);
  await expect(text.locator('ul > li')).toHaveText(['Do']);
  await expect(text.locator('blockquote')).toHaveText('All teachers are teachers of SEN');
  await waitForSaved(page);

  // The export carries the same structure.
  await page.reload();
  await expect(editor(page).locator('strong')).toHaveText('graduated');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export Part 1/ }).click();
  // The text, then the appendices the app writes (reading log, mentor handbook, coverage).
  expect((await docxBodyParagraphs(await downloading)).slice(0, 7)).toEqual([
    ['Heading1', 'Reflective commentary'],
    ['Heading2', 'Leading provision'],
    ['Normal', 'The graduated approach for all'],
    ['ListParagraph', 'Assess'],
    ['ListParagraph', 'Plan'],
    ['ListParagraph', 'Do'],
    ['Quote', 'All teachers are teachers of SEN'],
  ]);
});

test('undo and redo work from the keyboard and the toolbar, and the counter follows', async ({ page }) => {
  await page.keyboard.type('Inclusion is everybody’s business');
  await expect(page.getByTestId('section-word-count')).toHaveText(
    '4 words in this section · 6 words toward the limit (the title counts as a heading)',
  );
  const undo = toolbar(page).getByRole('button', { name: 'Undo' });
  const redo = toolbar(page).getByRole('button', { name: 'Redo' });
  await expect(redo).toBeDisabled();

  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveText('');
  await expect(page.getByTestId('section-word-count')).toHaveText('0 words in this section');
  await expect(undo).toBeDisabled();

  await redo.click();
  await expect(editor(page)).toHaveText('Inclusion is everybody’s business');
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveText('');
  await page.keyboard.press('Control+y');
  await expect(editor(page)).toHaveText('Inclusion is everybody’s business');
  await expect(page.getByTestId('section-word-count')).toHaveText(
    '4 words in this section · 6 words toward the limit (the title counts as a heading)',
  );
});

test('pasting from Word keeps structure and emphasis and drops Word’s styling', async ({ page }) => {
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri;color:red}</style></head><body>
<!--StartFragment--><p class=MsoNormal style='color:#C00000;font-size:18pt'>Observed <b>quality first</b> teaching<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span><![endif]>Review the register<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp;</span></span><![endif]>Meet the class teacher<o:p></o:p></p>
<!--EndFragment--></body></html>`;
  await page.evaluate((clipboardHtml) => {
    const data = new DataTransfer();
    data.setData('text/html', clipboardHtml);
    data.setData('text/plain', 'Observed quality first teaching\n1. Review the register\n2. Meet the class teacher');
    document
      .querySelector('.section-text')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);

  const text = editor(page);
  await expect(text.locator('p').first()).toHaveText('Observed quality first teaching');
  await expect(text.locator('strong')).toHaveText('quality first');
  await expect(text.locator('ol > li')).toHaveText(['Review the register', 'Meet the class teacher']);
  expect(await text.innerHTML()).not.toMatch(/style=|class="Mso|o:p|mso-|1\.\s*Review/);
  await expect(page.getByTestId('section-word-count')).toHaveText(
    '11 words in this section · 13 words toward the limit (the title counts as a heading)',
  );
});

test('a list pasted from Word in its List Bullet and List Number styles comes in as lists, without Word’s bullets, in the text and the export', async ({
  page,
}) => {
  const html = await readFile(
    new URL('../src-renderer/editor/fixtures/word-desktop-list-styles.html', import.meta.url),
    'utf8',
  );
  await page.evaluate((clipboardHtml) => {
    const data = new DataTransfer();
    data.setData('text/html', clipboardHtml);
    data.setData('text/plain', 'What the observation showed:\n·       Pupils were settled within five minutes');
    document
      .querySelector('.section-text')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  const text = editor(page);
  await expect(text.locator('ul > li > p')).toHaveText([
    'Pupils were settled within five minutes',
    'using the now and next board',
    'Pupils were confident to ask for help',
  ]);
  await expect(text.locator('ul ul > li > p')).toHaveText(['using the now and next board']);
  await expect(text.locator('ol > li > p')).toHaveText(['Share the board with the lunchtime team']);
  expect(await text.innerText()).not.toMatch(/[·§•]|^o\s/mu);
  await waitForSaved(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export Part 1/ }).click();
  const paragraphs = (await docxBodyParagraphs(await downloading)).map(([, words]) => words);
  expect(paragraphs).toContain('Pupils were settled within five minutes');
  expect(paragraphs).toContain('Share the board with the lunchtime team');
  expect(paragraphs.join('\n')).not.toMatch(/[·§•]/u);
});
