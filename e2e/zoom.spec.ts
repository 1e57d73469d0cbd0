import { expect, test, type Page } from '@playwright/test';
import { createPortfolio, navigation, openFreshApp, writeAndComment } from './app';

/**
 * A school laptop's 1280 × 800 window at 200 % zoom shows what a 640 × 400 window shows at
 * 100 %: each screen must then keep all its content and controls without scrolling sideways.
 */
test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

async function expectNothingLost(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const cut = [
      ...document.querySelectorAll<HTMLElement>(
        'button, a, input, select, textarea, [role="textbox"], h1, h2, h3, p, label',
      ),
    ]
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()} “${element.textContent.trim().slice(0, 30)}”`);
    return { scrollsSideways: document.documentElement.scrollWidth > width + 1, cut };
  });
  expect(overflow, where).toEqual({ scrollsSideways: false, cut: [] });
}

test('at 200 % zoom every screen keeps its content and controls, without scrolling sideways', async ({ page }) => {
  await openFreshApp(page);
  await expectNothingLost(page, 'home');
  await createPortfolio(page);
  await expectNothingLost(page, 'overview');
  await writeAndComment(
    page,
    'Findings',
    'Reading ages rose for most pupils after pre-teaching vocabulary.',
    'most pupils',
    'How many exactly?',
  );
  await expectNothingLost(page, 'a section with a comment');
  await navigation(page).getByRole('link', { name: 'Mentor handbook', exact: true }).click();
  await expectNothingLost(page, 'mentor handbook');
  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .first()
    .click();
  await expectNothingLost(page, 'evidence list');
  await navigation(page).getByRole('link', { name: 'Outcome coverage' }).click();
  await expectNothingLost(page, 'outcome coverage');
  await navigation(page).getByRole('link', { name: 'Programme settings' }).click();
  await expectNothingLost(page, 'programme settings');
});
