import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { createPortfolio, editor, navigation, openFreshApp, waitForSaved, writeInANewPortfolio } from './app';

test('the home screen says where the portfolios are kept, how much room they take, and whether the computer keeps them', async ({
  page,
}) => {
  await openFreshApp(page);
  const storage = page.getByRole('region', { name: 'Storage on this computer' });
  await expect(storage).toContainText(
    'Your portfolios are saved in the app’s own storage on this computer as you type, never online.',
  );
  // With none yet, the empty database's own few kilobytes are not called "your portfolios".
  await expect(storage).toContainText(
    /You have no portfolios on this computer yet; there is room for about [\d.]+ [KMGT]B\./u,
  );
  await expect(storage).not.toContainText('Your portfolios take');
  await expect(storage).toContainText(/The computer has (agreed|not agreed) to keep this storage/u);
  const kept = await page.evaluate(() => navigator.storage.persisted());
  await expect(storage.getByRole('button', { name: 'Ask the computer again to keep it' })).toHaveCount(kept ? 0 : 1);

  // Programme settings say it too, and offer the backup there.
  await createPortfolio(page);
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const inSettings = page.getByRole('region', { name: 'Storage on this computer' });
  await expect(inSettings).toContainText(/Your portfolios take [\d.]+ (bytes|KB|MB) on this computer/u);
  await inSettings.getByRole('button', { name: 'Back up everything' }).click();
  await expect(page.getByRole('dialog', { name: 'Back up everything' })).toBeVisible();
});

test('when the storage is full, a clear message offers a backup now, nothing saved is lost, and the text is saved once there is room', async ({
  page,
  baseURL,
}) => {
  // The browser's own limit, set low from the start (Chromium applies a lowered limit only to a fresh origin):
  // a large paste is then refused with a real QuotaExceededError.
  const devtools = await page.context().newCDPSession(page);
  const origin = new URL(baseURL ?? '').origin;
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1_000_000 });
  await writeInANewPortfolio(page, 'Findings', 'Saved before the storage filled.');

  // A long paste of notes that do not compress away (the browser's storage compresses repeated text).
  const notes = Array.from({ length: 150_000 }, () => Math.random().toString(36).slice(2, 9)).join(' ');
  await page.keyboard.insertText(` Pupils read aloud each morning with a partner. ${notes}`);

  const notice = page.locator('.notice-bar .notice');
  await expect(notice).toContainText(
    'Your computer has run out of room for the app’s data. Nothing already saved is lost. Back up now',
  );
  await expect(page.getByRole('alert')).toContainText('run out of room');

  // What was saved is still there, as another window of the app reads it.
  const second = await page.context().newPage();
  await second.goto(page.url());
  await expect(editor(second)).toHaveText('Saved before the storage filled.');
  await second.close();

  await notice.getByRole('button', { name: 'Back up now' }).click();
  const backUp = page.getByRole('dialog', { name: 'Back up everything' });
  await backUp.getByLabel('Protect it with a passphrase').uncheck();
  const downloading = page.waitForEvent('download');
  await backUp.getByRole('button', { name: 'Save the backup' }).click();
  const files = unzipSync(new Uint8Array(await readFile(await (await downloading).path())));
  expect(Object.values(files).some((bytes) => strFromU8(bytes).includes('Saved before the storage filled.'))).toBe(
    true,
  );

  // Room again: the waiting text is saved by itself.
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 100_000_000 });
  await waitForSaved(page);
  await page.reload();
  await expect(editor(page)).toContainText(
    'Saved before the storage filled. Pupils read aloud each morning with a partner.',
  );
});
