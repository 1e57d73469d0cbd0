import { expect, test, type Page } from '@playwright/test';
import { createPortfolio, editor, openFreshApp, openSection, waitForSaved } from './app';

/**
 * Closing or reloading right after typing loses nothing: the editor's last words are saved
 * before the page goes. Measured at 0, 100 and 300 ms after the last key (the save comes at most
 * 400 ms after typing starts, so each of these falls before it).
 */

const TEXT = 'First thoughts on the graduated approach';

/** A new portfolio with TEXT typed into a section. */
async function typeText(page: Page): Promise<void> {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Reflective commentary');
  await editor(page).click();
  await page.keyboard.type(TEXT);
}

/** Reloads, answering yes to any question the browser asks first; gives the questions asked. */
async function reloadNotingQuestions(page: Page): Promise<string[]> {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  return asked;
}

for (const wait of [0, 100, 300, 'saved'] as const) {
  test(`the browser edition: reloading ${wait === 'saved' ? 'once saved' : `${wait} ms after the last key`} loses nothing, without a question`, async ({
    page,
  }) => {
    await typeText(page);
    if (wait === 'saved') await waitForSaved(page);
    else await page.waitForTimeout(wait);
    const asked = await reloadNotingQuestions(page);
    await expect(editor(page)).toHaveText(TEXT);
    expect(asked).toEqual([]);
  });
}

test('the browser edition asks before leaving only when the words could not be kept (its local storage full)', async ({
  page,
}) => {
  await typeText(page);
  // A leaving asked for at once after typing, as the browser asks the page: held or not.
  const leaving = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  expect(await leaving()).toBe(false);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.keyboard.type(' and more');
  expect(await leaving()).toBe(true);
  await waitForSaved(page);
  expect(await leaving()).toBe(false);
});

for (const wait of [0, 100, 300]) {
  test(`the desktop edition: a close ${wait} ms after the last key is held until the words are saved, then goes ahead`, async ({
    page,
  }) => {
    // The desktop host, as its preload exposes it, stood in for: it records when the page says its saves are done, which is when the app closes the window (src-main/closing.ts).
    await page.addInitScript(() => {
      const unused = () => Promise.resolve({ status: 'cancelled' });
      const words = () => Promise.resolve({ keptBy: 'the-app', words: [], changesShowAfterRestart: false });
      const done: number[] = [];
      Object.assign(window, {
        savesDoneCalls: done,
        host: {
          edition: 'desktop',
          exportDocx: unused,
          savePortfolioFile: unused,
          showSavedFile: unused,
          onPortfolioFileOpened: () => () => undefined,
          spellingWords: words,
          removeSpellingWord: words,
          savesDone: () => done.push(Date.now()),
        },
      });
    });
    await typeText(page);
    await page.waitForTimeout(wait);
    // What Electron does when its window is closed: it asks the page, which holds the close while it saves.
    const { held, saved } = await page.evaluate(() => {
      const saved = document.querySelector('.save-indicator')?.textContent === 'Saved';
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return { held: event.defaultPrevented, saved };
    });
    // Held while anything is unsaved; a close after the last save goes ahead at once.
    expect(held).toBe(!saved);
    if (held)
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { savesDoneCalls: number[] }).savesDoneCalls.length))
        .toBe(1);
    // The window closes now; what it leaves is what the next start finds.
    await page.reload();
    await expect(editor(page)).toHaveText(TEXT);
  });
}
