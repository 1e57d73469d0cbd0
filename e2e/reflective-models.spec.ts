import { expect, test } from '@playwright/test';
import {
  createPortfolio,
  docxBodyParagraphs,
  editor,
  openFreshApp,
  openSection,
  selectWords,
  waitForSaved,
} from './app';

test('a reflective model is chosen on purpose from its menu, goes in after a selection without replacing it, and its prompts show but never count or export', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Reflective commentary');
  await editor(page).click();
  await page.keyboard.type('The review went well.');
  await waitForSaved(page);
  const count = page.getByTestId('section-word-count');
  await expect(count).toHaveText(/^4 words in this section/u);
  await selectWords(page, 'went well');

  // An arrow key on the button does not choose a model; Enter opens the menu and Enter chooses.
  const button = page.getByRole('button', { name: 'Reflective model…' });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(editor(page).locator('h3')).toHaveCount(0);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Reflective models' });
  await expect(menu.getByRole('menuitem', { name: 'Gibbs’ reflective cycle' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Rolfe: What? So what? Now what?' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The selected words are still there; the model's headings follow, each over its prompt.
  await expect(editor(page).locator('p').first()).toHaveText('The review went well.');
  await expect(editor(page).locator('h3')).toHaveText(['What?', 'So what?', 'Now what?']);
  await expect(editor(page).locator('p.reflective-prompt')).toHaveCount(3);
  await expect(editor(page).locator('p.reflective-prompt').first()).toHaveAttribute(
    'data-prompt',
    'What happened, and what was your part in it?',
  );
  // Only the headings count: 4 words of text and 5 of headings, none of the prompts.
  await expect(count).toHaveText(/^9 words in this section/u);

  // Typing under a heading replaces its prompt with the writer's words.
  await page.keyboard.type('A TA briefing.');
  await expect(editor(page).locator('p.reflective-prompt')).toHaveCount(2);
  await expect(count).toHaveText(/^12 words in this section/u);
  await waitForSaved(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export Part 1/ }).click();
  const text = (await docxBodyParagraphs(await downloading)).map(([, words]) => words).join('\n');
  expect(text).toContain('A TA briefing.');
  expect(text).not.toContain('What does it mean for pupils');
});
