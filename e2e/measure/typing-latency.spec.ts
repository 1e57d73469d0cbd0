import { expect, test } from '@playwright/test';
import { createPortfolio, editor, openFreshApp, openSection, waitForSaved } from '../app';

/**
 * Typing latency in the browser edition on a 20,000-word section: from each key's keydown
 * to the frame after the editor updated, over many keys. Prints median and p95 and asserts
 * nothing about time (docs/performance.md). Run by `npm run bench`.
 */
const WORDS = 20_000;
const KEYS = 200;

test('typing latency on a 20,000-word section', async ({ page }) => {
  test.setTimeout(240_000);
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  const sentence = 'The SENCO met the class teacher and the family to review the plan and agree next steps. ';
  const paragraph = `<p>${sentence.repeat(5)}</p>`;
  const html = paragraph.repeat(Math.ceil(WORDS / (17 * 5)));
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    document.querySelector('.section-text')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(page.getByTestId('section-word-count')).toContainText(/^20,\d{3} words/);
  await waitForSaved(page);
  // Type in the middle of the section, as a writer revising would.
  await editor(page).locator('p').nth(120).click();

  await page.evaluate(() => {
    const toFrame: number[] = [];
    const toIdle: number[] = [];
    Object.assign(window, { latencies: { toFrame, toIdle } });
    const channel = new MessageChannel();
    let pending: number[] = [];
    channel.port1.onmessage = () => {
      const now = performance.now();
      for (const start of pending) toIdle.push(now - start);
      pending = [];
    };
    document.addEventListener('keydown', (event) => {
      const start = event.timeStamp;
      // Work done: the first task after the keystroke's own (handlers, editor, React) has run.
      pending.push(start);
      channel.port2.postMessage(null);
      // The next animation frame is the one that paints the change; waiting for it adds up to
      // one frame (16.7 ms at 60 Hz) on top of the work, depending on when the key came.
      requestAnimationFrame((frameTime) => toFrame.push(Math.max(frameTime, performance.now()) - start));
    });
  });
  for (let key = 0; key < KEYS; key++) await page.keyboard.press(key % 6 === 5 ? 'Space' : 'KeyA');
  await page.waitForTimeout(500);
  const { toFrame, toIdle } = await page.evaluate(() => (window as unknown as { latencies: { toFrame: number[]; toIdle: number[] } }).latencies);
  const at = (samples: number[], p: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] ?? 0;
  const line = (samples: number[]) => `median ${at(samples, 50).toFixed(1)} ms, p95 ${at(samples, 95).toFixed(1)} ms`;
  console.log(
    `\nTyping latency, ${WORDS.toLocaleString('en-GB')}-word section, ${toIdle.length} keys:\n` +
      `  key to work done:   ${line(toIdle)}\n` +
      `  key to next frame:  ${line(toFrame)} (includes waiting for the frame)\n`,
  );
  expect(toIdle.length).toBeGreaterThan(KEYS / 2);
});
