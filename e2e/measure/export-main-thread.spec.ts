import { expect, test, type Page } from '@playwright/test';
import { createPortfolio, editor, openFreshApp, openSection, waitForSaved } from '../app';
import { samplePng } from '../sample-files';

/**
 * How long the page's main thread is kept busy while the whole portfolio (20,000 words, 20
 * pictures) is exported in the browser edition. A heartbeat sets itself a zero timeout over
 * and over (the browser spaces them about 4 ms apart) and records the gaps between beats: the
 * longest gap is about the longest the page could not answer a key. The Long Tasks API counts the tasks over 50 ms. The baseline, in the same run,
 * is the same heartbeat over the same time with the page idle. Prints both; asserts nothing
 * about time (docs/performance.md). Run by `npm run bench`.
 */
const SENTENCE = 'The SENCO met the class teacher and the family to review the plan and agree next steps. ';
const PARAGRAPHS = `<p>${SENTENCE.repeat(5)}</p>`.repeat(Math.ceil(10_000 / (17 * 5)));
const PICTURES = 20;

test('the page stays responsive while the whole portfolio is exported', async ({ page }) => {
  test.setTimeout(300_000);
  await openFreshApp(page);
  await createPortfolio(page);
  for (const section of ['Reflective commentary', 'Findings']) {
    await openSection(page, section);
    await page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData('text/html', pasted);
      document
        .querySelector('.section-text')
        ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, PARAGRAPHS);
    await expect(page.getByTestId('section-word-count')).toContainText(/^10,\d{3} words/);
  }
  await editor(page).locator('p').last().click();
  for (let picture = 0; picture < PICTURES; picture++) {
    await page
      .getByLabel('Choose a picture')
      .setInputFiles({ name: `chart-${picture + 1}.png`, mimeType: 'image/png', buffer: samplePng(640, 400) });
  }
  await expect(editor(page).locator('figure img')).toHaveCount(PICTURES);
  await waitForSaved(page);

  await startHeartbeat(page);
  const downloading = page.waitForEvent('download');
  const started = Date.now();
  await page.getByRole('button', { name: 'Export every part in one Word document' }).click();
  await downloading;
  await expect(page.getByRole('button', { name: 'Export every part in one Word document' })).toHaveText(
    'Export whole portfolio',
  );
  const exportMs = Date.now() - started;
  const during = await stopHeartbeat(page);

  await startHeartbeat(page);
  await page.waitForTimeout(exportMs);
  const idle = await stopHeartbeat(page);

  console.log(
    `\nMain thread while exporting the whole portfolio (20,000 words, ${PICTURES} pictures), browser edition:\n` +
      `  export took ${exportMs} ms (from the click to the download)\n` +
      `  during the export: longest gap ${during.longestGapMs.toFixed(0)} ms, ${during.longTasks.length} tasks over 50 ms${during.longTasks.length > 0 ? ` (${during.longTasks.map((task) => task.toFixed(0)).join(', ')} ms)` : ''}\n` +
      `  idle page, same time (baseline): longest gap ${idle.longestGapMs.toFixed(0)} ms, ${idle.longTasks.length} tasks over 50 ms\n` +
      `  ratio of longest gaps: ${(during.longestGapMs / Math.max(1, idle.longestGapMs)).toFixed(2)}× the baseline\n`,
  );
  expect(during.beats).toBeGreaterThan(10);
});

async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { running: true, last: performance.now(), longestGapMs: 0, beats: 0, longTasks: [] as number[] };
    const beat = () => {
      const now = performance.now();
      state.longestGapMs = Math.max(state.longestGapMs, now - state.last);
      state.last = now;
      state.beats += 1;
      if (state.running) setTimeout(beat, 0);
    };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    Object.assign(window, { heartbeat: { state, observer } });
    setTimeout(beat, 0);
  });
}

async function stopHeartbeat(page: Page): Promise<{ longestGapMs: number; beats: number; longTasks: number[] }> {
  return page.evaluate(() => {
    const { state, observer } = (
      window as unknown as {
        heartbeat: {
          state: { running: boolean; longestGapMs: number; beats: number; longTasks: number[] };
          observer: PerformanceObserver;
        };
      }
    ).heartbeat;
    state.running = false;
    for (const entry of observer.takeRecords()) state.longTasks.push(entry.duration);
    observer.disconnect();
    return { longestGapMs: state.longestGapMs, beats: state.beats, longTasks: state.longTasks };
  });
}
