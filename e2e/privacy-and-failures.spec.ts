import { expect, test } from '@playwright/test';
import { createPortfolio, editor, openFreshApp, openSection, waitForSaved, writeInANewPortfolio } from './app';

test('the app never requests anything from outside its own origin, and the page reports no errors', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Reflective commentary');
  await editor(page).click();
  await page.keyboard.type('Termly review with the family, then the plan.');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' Bold words.');
  await waitForSaved(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export Part 2/ }).click();
  await downloading;
  await page.reload();
  await expect(editor(page)).toContainText('Termly review');

  const elsewhere = requests.filter((url) => {
    const { protocol } = new URL(url);
    if (protocol === 'blob:' || protocol === 'data:') return false;
    return new URL(url).origin !== origin;
  });
  expect(elsewhere).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('the page forbids the network in its Content-Security-Policy', async ({ page }) => {
  await openFreshApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
});

test('when the disk is full the app says so plainly, keeps the text, and saves it once there is room', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const failing = { on: false };
    Object.assign(window, { failStorage: failing });
    // What the browser throws when the disk is full, on every write while `failing.on`.
    for (const method of ['put', 'add']) {
      const original = Reflect.get(IDBObjectStore.prototype, method) as (...args: unknown[]) => IDBRequest;
      Reflect.set(IDBObjectStore.prototype, method, function (this: IDBObjectStore, ...args: unknown[]) {
        if (failing.on) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return Reflect.apply(original, this, args);
      });
    }
  });
  await writeInANewPortfolio(page, 'Reflective commentary', 'Saved before the disk filled.');

  await page.evaluate(() => ((window as unknown as { failStorage: { on: boolean } }).failStorage.on = true));
  await page.keyboard.type(' Typed while it was full.');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('run out of room');
  await expect(editor(page)).toHaveText('Saved before the disk filled. Typed while it was full.');

  await page.evaluate(() => ((window as unknown as { failStorage: { on: boolean } }).failStorage.on = false));
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitForSaved(page);
  await page.reload();
  await expect(editor(page)).toHaveText('Saved before the disk filled. Typed while it was full.');
});
