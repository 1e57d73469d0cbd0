import { expect, test, type Page } from '@playwright/test';
import { zip64EntryCountLie } from '../src-renderer/core/portfolio-file/crafted-zips.test-data.js';
import { openFreshApp } from './app';
import { largeBackup, onDisk } from './sample-files';

/**
 * Files from someone else: whatever a file is made of, the window goes on answering, a large
 * file shows how far it has been checked with a Cancel, and nothing changes until it has
 * passed every check.
 */

async function open(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page
    .getByLabel('Choose a portfolio file to open')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

test('a 140-byte file claiming four billion parts is refused at once, in words, and the window never stalls', async ({
  page,
}) => {
  await openFreshApp(page);
  await open(page, 'From a stranger.nasenco', Buffer.from(zip64EntryCountLie()));
  const refusal = page.getByRole('dialog', { name: '“From a stranger.nasenco” was not opened' });
  await expect(refusal.getByRole('alert')).toHaveText(
    'This file holds far more parts than any portfolio file, so it was not opened.',
  );
  await refusal.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('No portfolios yet.')).toBeVisible();
});

test('a large file is checked off the page with its progress shown: Cancel stops it, changing nothing; left alone it restores', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openFreshApp(page);
  const backup = await largeBackup(8);
  expect(backup.length).toBeGreaterThan(150 * 1024 * 1024);
  const path = onDisk('Big backup.nasenco', backup);
  const chooser = page.getByLabel('Choose a portfolio file to open');

  await chooser.setInputFiles(path);
  const opening = page.getByRole('dialog', { name: 'Opening “Big backup.nasenco”' });
  await expect(opening.getByRole('progressbar')).toBeVisible();
  // The page answers while the file is read: the work is in a worker.
  expect(await page.evaluate(() => document.title.length)).toBeGreaterThan(0);
  await opening.getByRole('button', { name: 'Cancel' }).click();
  await expect(opening).toHaveCount(0);
  await expect(page.locator('.notice-bar')).toContainText('“Big backup.nasenco” was not opened. Nothing was changed.');
  await expect(page.getByText('No portfolios yet.')).toBeVisible();

  await chooser.setInputFiles(path);
  await expect(page.locator('.notice-bar')).toContainText('Restored: 1 portfolio added.', { timeout: 120_000 });
});

test('the browser edition is served with the app’s security headers: no framing, no type guessing, nothing from elsewhere', async ({
  page,
}) => {
  const response = await page.goto('./');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  // Every file, not only the page: the scripts and the workers too.
  const script = await page.locator('script[src]').first().getAttribute('src');
  const asset = await page.request.get(new URL(script!, page.url()).toString());
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});
