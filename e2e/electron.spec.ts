import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleBundle } from '../src-renderer/core/portfolio-file/sample-bundle.test-data.js';
import { writePortfolioFile } from '../src-renderer/core/portfolio-file/portfolio-file.js';
import { webFileCrypto } from '../src-renderer/host/file-crypto.js';
import { ELECTRON_SKIP_REASON, electronBinary } from './electron-binary';

/**
 * Launches the real desktop app. Electron downloads its program on first start, which
 * machines without internet cannot do, so there this spec is skipped and says why.
 */
const binary = electronBinary();
test.skip(binary === undefined, ELECTRON_SKIP_REASON);

test('the desktop app opens on its own origin with the host bridge and a locked-down page', async () => {
  const app = await electron.launch({ executablePath: binary, args: ['.'] });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Your portfolios' })).toBeVisible();
    expect(window.url()).toBe('app://portfolio/index.html');
    expect(await window.evaluate(() => (window as unknown as { host?: { edition: string } }).host?.edition)).toBe('desktop');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof indexedDB.open)).toBe('function');
  } finally {
    await app.close();
  }
});

test('a portfolio file the app is started with (a double-click on Windows and Linux) is restored', async () => {
  test.skip(process.platform === 'darwin', 'macOS hands the app a double-clicked file by the open-file event, not by its arguments.');
  const folder = mkdtempSync(join(tmpdir(), 'nasenco-electron-'));
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const path = join(folder, 'Backup.nasenco');
  writeFileSync(path, await writePortfolioFile({ purpose: 'backup', portfolios: [bundle] }, files, webFileCrypto, { appVersion: 'test', createdAt: new Date().toISOString() }));
  const app = await electron.launch({ executablePath: binary, args: ['.', `--user-data-dir=${join(folder, 'profile')}`, path] });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('.notice-bar')).toContainText('Restored: 1 portfolio added.');
    await expect(window.getByRole('link', { name: bundle.portfolio.title })).toBeVisible();
  } finally {
    await app.close();
  }
});
