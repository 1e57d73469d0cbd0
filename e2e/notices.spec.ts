import { expect, test, type Locator, type Page } from '@playwright/test';
import { createPortfolio, editor, navigation, openFreshApp, openSection } from './app';

/** Drops a PDF on the portfolio's screen, which says (in a notice) where such files go. */
async function dropAPdf(page: Page): Promise<void> {
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['%PDF-1.7'], 'Observation form.pdf', { type: 'application/pdf' }));
    document
      .querySelector('main')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
}

const overlaps = async (a: Locator, b: Locator) => {
  const [one, two] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (one === null || two === null) return false;
  return (
    one.x < two.x + two.width && two.x < one.x + one.width && one.y < two.y + two.height && two.y < one.y + one.height
  );
};

test('a notice stays while it is read, then goes by itself; one offering Undo goes too, what it undoes kept in Recently deleted', async ({
  page,
}) => {
  await page.clock.install();
  await openFreshApp(page);
  await createPortfolio(page);
  const notices = page.locator('.notice-bar .notice');

  await dropAPdf(page);
  await expect(notices).toHaveCount(1);
  await notices.hover();
  await page.clock.runFor(25_000);
  await expect(notices).toHaveCount(1);
  await page.mouse.move(5, 5);
  await page.clock.runFor(11_000);
  await expect(notices).toHaveCount(0);

  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await page
    .getByRole('group', { name: 'Sections of Part 2 — Reflective Practitioner Enquiry' })
    .getByRole('button', { name: 'Delete Appendices' })
    .click();
  await expect(notices).toContainText('“Appendices” is in Recently deleted.');
  await page.clock.runFor(15_000);
  await expect(notices).toHaveCount(1);
  await page.clock.runFor(16_000);
  await expect(notices).toHaveCount(0);
  await navigation(page).getByRole('link', { name: 'Recently deleted' }).click();
  await expect(page.getByRole('region', { name: 'Recently deleted' })).toContainText('Appendices');
});

test('notices never cover a control: the page keeps room for them, and a focused control is scrolled clear', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await openFreshApp(page);
  await createPortfolio(page);
  await dropAPdf(page);
  await dropAPdf(page);
  const bar = page.locator('.notice-bar');
  await expect(bar.locator('.notice'), 'the same words twice show once').toHaveCount(1);
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await page
    .getByRole('group', { name: 'Sections of Part 2 — Reflective Practitioner Enquiry' })
    .getByRole('button', { name: 'Delete Appendices' })
    .click();
  await expect(bar.locator('.notice')).toHaveCount(2);
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  // Every control in line with the notices, each focused from the top of the page: focus scrolls it into view, clear of them.
  const barBox = await bar.boundingBox();
  expect(barBox).not.toBeNull();
  let checked = 0;
  for (const control of await page.locator('main button, main a[href], main input, main select').all()) {
    const box = await control.boundingBox();
    if (box === null || box.x > barBox!.x + barBox!.width || box.x + box.width < barBox!.x) continue;
    await page.evaluate(() => window.scrollTo(0, 0));
    await control.focus();
    expect(await overlaps(control, bar), await control.innerText()).toBe(false);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(3);
  // At the very foot of the page, the last control still sits above them.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await overlaps(page.locator('main button').last(), bar)).toBe(false);
});

test('typing at the foot of a long section keeps the line being typed clear of the notices', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 500 });
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await dropAPdf(page);
  const bar = page.locator('.notice-bar');
  await expect(bar.locator('.notice')).toHaveCount(1);
  for (let line = 0; line < 30; line += 1) await page.keyboard.press('Enter');
  await page.keyboard.type('The line being typed');
  const caretBottom = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().bottom);
  const barTop = (await bar.boundingBox())!.y;
  expect(caretBottom).toBeLessThan(barTop);
});

test('a settings change that cannot be saved is said when its screen is left, not dropped without a word', async ({
  page,
}) => {
  await openFreshApp(page);
  await createPortfolio(page);
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  const part1 = page.getByRole('form', { name: 'Settings for Part 1 — Portfolio of Evidence' });
  await part1.getByLabel('Allowed over (%)').fill('150');
  await expect(part1.getByRole('alert')).toContainText('The change is not saved yet');
  await navigation(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.locator('.notice-bar .notice')).toContainText(
    'A change in Programme settings was not saved: “Part 1 — Portfolio of Evidence”: The tolerance above the target must be at most 100.',
  );
});
