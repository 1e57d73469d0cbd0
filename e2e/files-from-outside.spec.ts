import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zip64EntryCountLie } from '../src-renderer/core/portfolio-file/crafted-zips.test-data.js';
import { hex } from '../src-renderer/core/portfolio-file/file-crypto.js';
import { writePortfolioFile } from '../src-renderer/core/portfolio-file/portfolio-file.js';
import { sampleBundle } from '../src-renderer/core/portfolio-file/sample-bundle.test-data.js';
import { webFileCrypto } from '../src-renderer/host/file-crypto.js';
import { openFreshApp } from './app';

/**
 * Files from someone else: whatever a file is made of, the window goes on answering, a large
 * file shows how far it has been checked with a Cancel, and nothing changes until it has
 * passed every check.
 */

async function open(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Choose a portfolio file to open').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** Large files go to the page from disk, as a person's would (Playwright passes at most 50 MB in memory). */
function onDisk(name: string, bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'nasenco-large-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** A real backup of the sample portfolio carrying `count` scanned documents of 19 MB each: about `count` × 19 MB. */
async function largeBackup(count: number): Promise<Buffer> {
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const all = new Map(files);
  const attachments = [...bundle.attachments];
  for (let index = 0; index < count; index++) {
    const scan = new Uint8Array(19 * 1024 * 1024);
    crypto.getRandomValues(scan.subarray(0, 65_536));
    scan.set(new TextEncoder().encode(`%PDF-1.7 scan ${index}`));
    const sha256 = hex(await webFileCrypto.sha256(scan));
    all.set(sha256, scan);
    attachments.push({ ...bundle.attachments[0]!, id: `scan-${index}`, name: `Scan ${index}.pdf`, mediaType: 'application/pdf', size: scan.length, sha256 });
  }
  return Buffer.from(await writePortfolioFile({ purpose: 'backup', portfolios: [{ ...bundle, attachments }] }, all, webFileCrypto, { appVersion: 'test', createdAt: new Date().toISOString() }));
}

test('a 140-byte file claiming four billion parts is refused at once, in words, and the window never stalls', async ({ page }) => {
  await openFreshApp(page);
  await open(page, 'From a stranger.nasenco', Buffer.from(zip64EntryCountLie()));
  const refusal = page.getByRole('dialog', { name: '“From a stranger.nasenco” was not opened' });
  await expect(refusal.getByRole('alert')).toHaveText('This file holds far more parts than any portfolio file, so it was not opened.');
  await refusal.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('No portfolios yet.')).toBeVisible();
});

test('a large file is checked off the page with its progress shown: Cancel stops it, changing nothing; left alone it restores', async ({ page }) => {
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

test('the browser edition is served with the app’s security headers: no framing, no type guessing, nothing from elsewhere', async ({ page }) => {
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
