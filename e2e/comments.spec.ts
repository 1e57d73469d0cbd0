import { expect, test } from '@playwright/test';
import { editor, openSection, selectWords, waitForSaved, writeInANewPortfolio } from './app';

test('a comment on a passage sits in the margin, follows its words, can be replied to and resolved, and says when its words have changed', async ({
  page,
}) => {
  await writeInANewPortfolio(page, 'Findings', 'Reading ages rose for most pupils after pre-teaching vocabulary.');

  // Select "most pupils" and comment on it as the mentor.
  await selectWords(page, 'most pupils');
  await page.getByRole('button', { name: '✎ Comment' }).click();
  const margin = page.getByRole('complementary', { name: 'Comments' });
  const draft = margin.getByRole('form', { name: 'New comment' });
  await expect(draft).toContainText('“most pupils”');
  await draft.getByLabel('Comment').fill('How many exactly? Give the number.');
  await draft.getByLabel('Recorded by').selectOption({ label: 'My mentor' });
  await draft.getByRole('button', { name: 'Add comment' }).click();
  const card = margin.getByRole('article', { name: 'Comment by My mentor' });
  await expect(card).toContainText('How many exactly? Give the number.');
  await expect(editor(page).locator('.comment-passage')).toHaveText('most pupils');

  // Text typed before the passage: the highlight follows its words.
  await editor(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('In the spring term, ');
  await expect(editor(page).locator('.comment-passage')).toHaveText('most pupils');

  // A reply, from the SENCO.
  await card.getByRole('button', { name: 'Reply', exact: true }).click();
  await card.getByLabel('Reply').fill('Eleven of fourteen: added.');
  await card.getByRole('button', { name: 'Send reply' }).click();
  await expect(card).toContainText('Eleven of fourteen: added.');

  // The commented words rewritten: after a reload the comment sits by the nearest words left, and says so.
  await selectWords(page, 'most pupils');
  await page.keyboard.type('eleven of the fourteen pupils');
  await waitForSaved(page);
  await page.reload();
  await openSection(page, 'Findings');
  await expect(card).toContainText('The words this comment was on have changed.');
  await expect(editor(page).locator('.comment-passage.moved')).toHaveCount(1);

  // Resolved: it leaves the text and waits under "Resolved".
  await card.getByRole('button', { name: 'Resolve' }).click();
  await expect(editor(page).locator('.comment-passage')).toHaveCount(0);
  await margin.getByText('Resolved (1)').click();
  await expect(card.getByRole('button', { name: 'Open again' })).toBeVisible();
});
