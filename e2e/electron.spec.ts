import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
    expect(await window.evaluate(() => (window as unknown as { host?: { edition: string } }).host?.edition)).toBe(
      'desktop',
    );
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof indexedDB.open)).toBe('function');
  } finally {
    await app.close();
  }
});

test('a portfolio file the app is started with (a double-click on Windows and Linux) is restored', async () => {
  test.skip(
    process.platform === 'darwin',
    'macOS hands the app a double-clicked file by the open-file event, not by its arguments.',
  );
  const folder = mkdtempSync(join(tmpdir(), 'nasenco-electron-'));
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const path = join(folder, 'Backup.nasenco');
  writeFileSync(
    path,
    await writePortfolioFile({ purpose: 'backup', portfolios: [bundle] }, files, webFileCrypto, {
      appVersion: 'test',
      createdAt: new Date().toISOString(),
    }),
  );
  const app = await electron.launch({
    executablePath: binary,
    args: ['.', `--user-data-dir=${join(folder, 'profile')}`, path],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('.notice-bar')).toContainText('Restored: 1 portfolio added.');
    await expect(window.getByRole('link', { name: bundle.portfolio.title })).toBeVisible();
  } finally {
    await app.close();
  }
});

test('a file larger than one IPC message crosses in pieces and is saved whole, readable by its owner alone', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'nasenco-electron-'));
  const target = join(folder, 'Big backup.nasenco');
  const app = await electron.launch({
    executablePath: binary,
    args: ['.', `--user-data-dir=${join(folder, 'profile')}`],
  });
  try {
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path });
    }, target);
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Your portfolios' })).toBeVisible();
    const outcome = await window.evaluate(async () => {
      const bytes = new Uint8Array(70 * 1024 * 1024);
      bytes.set([0x50, 0x4b, 0x03, 0x04]);
      bytes[bytes.length - 1] = 42;
      const host = (
        window as unknown as {
          host: {
            savePortfolioFile: (request: { suggestedFileName: string; data: Blob }) => Promise<{ status: string }>;
          };
        }
      ).host;
      return host.savePortfolioFile({ suggestedFileName: 'Big backup.nasenco', data: new Blob([bytes]) });
    });
    expect(outcome.status).toBe('saved');
    const saved = readFileSync(target);
    expect(saved.length).toBe(70 * 1024 * 1024);
    expect(saved.at(-1)).toBe(42);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o077).toBe(0);
  } finally {
    await app.close();
  }
});
