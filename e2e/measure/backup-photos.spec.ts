import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { openFreshApp } from '../app';
import { PICTURE_TOOLS_MISSING, phonePhotos, portfolioOfPhotos } from '../phone-photos';

/**
 * A portfolio with a hundred phone photos (4032 × 3024, about 5.8 MB each, made by Pillow:
 * scripts/make-phone-photos.py) backed up with a passphrase, then restored into an empty
 * browser: the time each takes, the page's peak JavaScript heap (V8's used heap, sampled every
 * 50 ms through the DevTools protocol) and the peak memory of the browser's renderer processes
 * (resident, from ps), which hold the page and its workers. The baseline, in the same run, is the
 * same page idle. Prints the figures; asserts nothing about time or memory (docs/performance.md).
 */
const PHOTOS = Number(process.env['BACKUP_PHOTOS'] ?? 100);

test.skip(PICTURE_TOOLS_MISSING, 'exiftool or Debian’s python3-pil is not installed, so no phone photo can be made');

test('a hundred phone photos backed up and restored', async ({ page, browser }) => {
  test.setTimeout(1_800_000);
  const photos = phonePhotos(PHOTOS);
  await portfolioOfPhotos(page, photos);
  await page.getByRole('link', { name: '← All portfolios' }).click();

  const idle = await sampled(page, () => page.waitForTimeout(2000));
  const backup = await sampled(page, async () => {
    await page.getByRole('button', { name: 'Back up everything' }).click();
    const dialog = page.getByRole('dialog', { name: 'Back up everything' });
    await dialog.getByLabel('Passphrase', { exact: true }).fill('Bluebell meadow 42');
    await dialog.getByLabel('Type the passphrase again').fill('Bluebell meadow 42');
    const downloading = page.waitForEvent('download', { timeout: 600_000 });
    await dialog.getByRole('button', { name: 'Save the backup' }).click();
    return (await downloading).path();
  });
  const file = backup.result;

  const fresh = await browser.newContext();
  const second = await fresh.newPage();
  await openFreshApp(second);
  const restore = await sampled(second, async () => {
    await second.getByLabel('Choose a portfolio file to open').setInputFiles(file);
    const unlock = second.getByRole('dialog', { name: /^Open “/u });
    await unlock.getByLabel('Passphrase').fill('Bluebell meadow 42');
    await unlock.getByRole('button', { name: 'Open' }).click();
    await expect(second.locator('.notice-bar')).toContainText('Restored: 1 portfolio added.', { timeout: 600_000 });
  });
  await fresh.close();

  const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(0)} MB`;
  const line = (what: string, run: Sampled<unknown>) =>
    `  ${what}: ${run.ms} ms, page heap peak ${mb(run.peakHeap)}, renderers peak ${mb(run.peakRenderers)}, all of Chromium peak ${mb(run.peakChromium)}\n`;
  console.log(
    `\nA portfolio with ${PHOTOS} phone photos (${mb(statSync(file).size)} backed up), browser edition:\n` +
      line('idle home screen (baseline)', idle) +
      line('backup with a passphrase', backup) +
      line('restore into an empty browser', restore) +
      `  peak page heap: backup ${(backup.peakHeap / idle.peakHeap).toFixed(1)}×, restore ${(restore.peakHeap / idle.peakHeap).toFixed(1)}× the idle page\n`,
  );
});

interface Sampled<T> {
  readonly result: T;
  readonly ms: number;
  readonly peakHeap: number;
  readonly peakRenderers: number;
  readonly peakChromium: number;
}

/** Runs `work`, sampling the page's used JavaScript heap and the renderers' resident memory every 50 ms. */
async function sampled<T>(page: Page, work: () => Promise<T>): Promise<Sampled<T>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  let peakRenderers = 0;
  let peakChromium = 0;
  const state = { running: true };
  const sampling = (async () => {
    while (state.running) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peakHeap = Math.max(peakHeap, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
      const resident = chromiumResident();
      peakRenderers = Math.max(peakRenderers, resident.renderers);
      peakChromium = Math.max(peakChromium, resident.all);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = Date.now();
  const result = await work();
  const ms = Date.now() - started;
  state.running = false;
  await sampling;
  await cdp.detach();
  return { result, ms, peakHeap, peakRenderers, peakChromium };
}

/** Resident memory of Chromium's processes now, in bytes: its renderers (the page and its workers), and all of them (the browser process holds Blobs). */
function chromiumResident(): { renderers: number; all: number } {
  const listed = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((process) => /chrom/u.test(process) && !process.includes('playwright test'));
  const sum = (processes: string[]) =>
    processes.reduce((total, process) => total + Number(process.trim().split(/\s+/u)[0]) * 1024, 0);
  return { renderers: sum(listed.filter((process) => process.includes('--type=renderer'))), all: sum(listed) };
}
