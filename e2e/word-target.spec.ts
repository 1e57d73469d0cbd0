import { expect, test, type Page } from '@playwright/test';
import { createPortfolio, editor, navigation, openFreshApp, openSection, waitForSaved } from './app';

/** Pastes plain text into the open editor, as from another program. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((plain) => {
    const data = new DataTransfer();
    data.setData('text/plain', plain);
    document
      .querySelector('.section-text')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const paragraphs = (count: number, words: number) =>
  Array.from({ length: count }, (_, index) => `Paragraph ${index + 1} ${'observed '.repeat(words - 2).trim()}`).join(
    '\n\n',
  );

/** The colour the part's bar is drawn in, and the colour a state should have. */
async function barColour(page: Page): Promise<{ bar: string; ok: string; over: string; danger: string }> {
  return page.evaluate(() => {
    const part = document.querySelector('nav .part .word-target');
    const bar = part?.querySelector('.word-target-bar > span');
    const colourOf = (variable: string) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${variable})`;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    return {
      bar: bar === null || bar === undefined ? '' : getComputedStyle(bar).backgroundColor,
      ok: colourOf('--ok'),
      over: colourOf('--over'),
      danger: colourOf('--danger'),
    };
  });
}

test('the part’s bar is coloured as its words say: under, within, over', async ({ page }) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const part1 = page.getByRole('form', { name: 'Settings for Part 1 — Portfolio of Evidence' });
  await part1.getByLabel('Target (words)').fill('100');
  await openSection(page, 'Reflective commentary');
  const target = navigation(page).locator('.part .word-target').first();
  await expect(target).toHaveAttribute('data-state', 'under');
  let colours = await barColour(page);
  expect(colours.bar).toBe(colours.over);

  await editor(page).click();
  await paste(page, paragraphs(1, 98));
  await expect(target).toHaveAttribute('data-state', 'within');
  colours = await barColour(page);
  expect(colours.bar).toBe(colours.ok);

  await paste(page, paragraphs(5, 100));
  await expect(target).toHaveAttribute('data-state', 'over');
  await expect(target).toContainText('Over:');
  colours = await barColour(page);
  expect(colours.bar).toBe(colours.danger);
});

test('in a long section the word count stays in view, at the top of the text and at its end', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Literature review');
  await editor(page).click();
  await paste(page, paragraphs(60, 40));
  await waitForSaved(page);
  const count = page.getByTestId('section-word-count');
  await expect(count).toHaveText(/^2,400 words in this section/u);
  for (const key of ['Control+Home', 'Control+End']) {
    await page.keyboard.press(key);
    await expect(count).toBeInViewport({ ratio: 1 });
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(count).toBeInViewport({ ratio: 1 });
  // The line being typed is never under the count.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The last line');
  const caretBottom = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().bottom);
  expect(caretBottom).toBeLessThan((await page.locator('.status-bar').boundingBox())!.y);
});
