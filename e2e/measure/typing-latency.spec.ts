import { expect, test, type Page } from '@playwright/test';
import { createPortfolio, editor, openFreshApp, openSection, waitForSaved } from '../app';

/**
 * Typing latency in the browser edition on a 20,000-word section: from each key's keydown
 * to the next animation frame after the editor updated, over many keys. The baseline, in the
 * same run, is a bare `contenteditable` holding the same paragraphs: the same measure on the
 * browser alone. Prints median and p95 and asserts nothing about time (docs/performance.md).
 * Run by `npm run bench`.
 */
const WORDS = 20_000;
const KEYS = 200;
const SENTENCE = 'The SENCO met the class teacher and the family to review the plan and agree next steps. ';
const PARAGRAPHS = `<p>${SENTENCE.repeat(5)}</p>`.repeat(Math.ceil(WORDS / (17 * 5)));

test('typing latency on a 20,000-word section, against a bare contenteditable', async ({ page, context }) => {
  test.setTimeout(240_000);
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    document
      .querySelector('.section-text')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, PARAGRAPHS);
  await expect(page.getByTestId('section-word-count')).toContainText(/^20,\d{3} words/);
  await waitForSaved(page);
  // Type in the middle of the section, as a writer revising would.
  await editor(page).locator('p').nth(120).click();
  const app = await typeAndMeasure(page);

  const bare = await context.newPage();
  await bare.setContent(
    `<div contenteditable style="font: 16px Arial; line-height: 1.6; max-width: 46rem">${PARAGRAPHS}</div>`,
  );
  await bare.locator('p').nth(120).click();
  const baseline = await typeAndMeasure(bare);

  const line = (name: string, samples: number[]) =>
    `  ${name.padEnd(24)} median ${at(samples, 50).toFixed(1)} ms, p95 ${at(samples, 95).toFixed(1)} ms`;
  console.log(
    `\nTyping latency, key to next frame (includes waiting for the frame), ${WORDS.toLocaleString('en-GB')} words, ${KEYS} keys:\n` +
      `${line('app editor', app)}\n` +
      `${line('bare contenteditable', baseline)} (baseline)\n` +
      `  ratio at p95: ${(at(app, 95) / at(baseline, 95)).toFixed(2)}× the baseline\n`,
  );
  expect(app.length).toBeGreaterThan(KEYS / 2);
  expect(baseline.length).toBeGreaterThan(KEYS / 2);
});

async function typeAndMeasure(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const toFrame: number[] = [];
    Object.assign(window, { latencies: toFrame });
    document.addEventListener('keydown', (event) => {
      const start = event.timeStamp;
      // The next animation frame is the one that paints the change; waiting for it adds up to
      // one frame (16.7 ms at 60 Hz) on top of the work, depending on when the key came.
      requestAnimationFrame((frameTime) => toFrame.push(Math.max(frameTime, performance.now()) - start));
    });
  });
  for (let key = 0; key < KEYS; key++) await page.keyboard.press(key % 6 === 5 ? 'Space' : 'KeyA');
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
}

function at(samples: number[], percentile: number): number {
  return (
    [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((percentile / 100) * samples.length))] ??
    0
  );
}
