import { _electron as electron, expect, test } from '@playwright/test';
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
