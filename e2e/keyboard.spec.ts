import { expect, test, type Locator, type Page } from '@playwright/test';
import { createPortfolio, editor, navigation, openFreshApp } from './app';

/**
 * Everything a candidate needs, done with the keyboard alone: no click, no fill, no focus()
 * from the test. Tab moves between controls in the page's own order; at every stop the focus
 * must be visible.
 */
const hiddenFocus: string[] = [];

/** Presses Tab (or Shift+Tab) until `target` has the focus, noting any stop whose focus cannot be seen. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 120 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const shown = await page.evaluate(() => {
      const element = document.activeElement;
      if (element === null || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const visible = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      const name = (element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40);
      return {
        visible: visible || style.boxShadow !== 'none',
        what: `${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`} “${name}”`,
      };
    });
    if (shown !== undefined && !shown.visible) hiddenFocus.push(shown.what);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function tabAndPress(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

test('with the keyboard alone: create a portfolio, log reading, add evidence, write, cite and export, the focus always visible', async ({
  page,
}) => {
  await openFreshApp(page);
  await tabAndPress(page, page.getByRole('button', { name: 'New portfolio' }));
  const create = page.getByRole('dialog', { name: 'New portfolio' });
  await tabTo(page, create.getByLabel('Title'));
  await page.keyboard.type('NASENCO 2026–27');
  await tabTo(page, create.getByLabel('Your name'));
  await page.keyboard.type('Ada Example');
  await tabTo(page, create.getByLabel('Candidate number'));
  await page.keyboard.type('7654321');
  await tabAndPress(page, create.getByRole('button', { name: 'Create portfolio' }));
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();

  // A source for the reading log, pasted as a Harvard reference.
  await tabAndPress(page, page.getByRole('link', { name: 'Reading log', exact: true }));
  await tabAndPress(page, page.getByRole('button', { name: 'Paste a reference or DOI' }));
  await page.keyboard.type('Ainscow, M. (2020) Promoting equity in schools. Abingdon: Routledge.');
  await tabAndPress(page, page.getByRole('button', { name: 'Add to the reading log' }));
  await expect(page.getByText('Promoting equity in schools').first()).toBeVisible();

  // Evidence.
  await tabAndPress(page, page.getByRole('link', { name: /^Evidence/ }).first());
  await tabAndPress(page, page.getByRole('button', { name: 'Add evidence' }));
  const adding = page.getByRole('dialog');
  await tabTo(page, adding.getByLabel('Title'));
  await page.keyboard.type('Provision map');
  await tabAndPress(page, adding.getByRole('button', { name: 'Add evidence' }));
  await expect(page.getByRole('heading', { level: 2, name: 'Provision map' })).toBeVisible();

  // Writing, with a citation.
  await tabAndPress(page, page.getByRole('link', { name: /^Findings/ }));
  await tabTo(page, editor(page));
  await page.keyboard.type('Equity needs collaboration ');
  await page.keyboard.press('Control+Shift+C');
  const picker = page.getByRole('dialog', { name: 'Insert a citation' });
  await page.keyboard.type('ainscow');
  await tabAndPress(page, picker.getByRole('checkbox', { name: /^Ainscow/ }), 'Space');
  await tabAndPress(page, picker.getByRole('button', { name: 'Insert citation' }));
  await expect(editor(page).locator('.citation')).toHaveText('(Ainscow, 2020)');
  await page.keyboard.type('across the school.');
  await expect(page.locator('.save-indicator')).toHaveText('Saved');

  // Export Part 2: the navigation is before the text, so Shift+Tab goes back to it.
  const downloading = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: /^Export Part 2/ }), { backwards: true });
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/u);

  expect(hiddenFocus, 'controls whose keyboard focus cannot be seen').toEqual([]);
});

test('the focus lands somewhere sensible: on a screen’s heading when it opens, on the text from the skip link and after a comment, back on its button when a dialog closes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openFreshApp(page);
  await createPortfolio(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeFocused();

  // A section low in the navigation opens at its top, its heading focused.
  const link = navigation(page).getByRole('link', { name: /^Conclusions and recommendations/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Conclusions and recommendations' })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // The first stop on the screen skips to the text.
  await page.getByRole('button', { name: 'Skip to the text' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('Pupils read more at home.');

  // After a comment, back to the writing.
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: '✎ Comment' }).click();
  await page.getByRole('form', { name: 'New comment' }).getByLabel('Comment').fill('Which pupils?');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(editor(page)).toBeFocused();

  // Escape closes a dialog and the focus goes back to the button that opened it.
  const saveVersion = page.getByRole('button', { name: 'Save a version…' });
  await saveVersion.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(saveVersion).toBeFocused();
  // And when it is closed with its own Cancel button, which React removes.
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(saveVersion).toBeFocused();
});
