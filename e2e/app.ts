import { expect, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';

/** Invented details only: the app holds sensitive data and tests must never look like it. */
export const CANDIDATE = { title: 'NASENCO 2026–27', name: 'Ada Example', number: '7654321' } as const;

export async function openFreshApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Your portfolios' })).toBeVisible();
}

export async function createPortfolio(
  page: Page,
  title: string = CANDIDATE.title,
  template = 'Two parts of 5,000 words',
): Promise<void> {
  await page.getByRole('button', { name: 'New portfolio' }).click();
  const dialog = page.getByRole('dialog', { name: 'New portfolio' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Your name').fill(CANDIDATE.name);
  await dialog.getByLabel('Candidate number').fill(CANDIDATE.number);
  await dialog.getByRole('radio', { name: new RegExp(`^${template}`) }).check();
  await dialog.getByRole('button', { name: 'Create portfolio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
}

/** Opens a section from the portfolio's navigation and waits for its editor. */
export async function openSection(page: Page, title: string): Promise<void> {
  await navigation(page)
    .getByRole('link', { name: new RegExp(`^${title}`) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  await expect(editor(page)).toBeVisible();
}

export function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Portfolio' });
}

export function editor(page: Page) {
  return page.getByRole('textbox', { name: /: text$/ });
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-indicator')).toHaveText('Saved');
}

export function partTotal(page: Page, part: string) {
  return navigation(page)
    .locator('.part')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${part}`) }) })
    .locator('.word-target-text');
}

/** The paragraphs of an exported .docx as [style, text] pairs, read from its XML. */
export async function docxParagraphs(download: Download): Promise<[string, string][]> {
  const path = await download.path();
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>/gs)].map((match) => {
    const body = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? 'Normal';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return [style, text];
  });
}

/** The paragraphs of an exported .docx from its first section heading on: past the cover page and the contents. */
export async function docxBodyParagraphs(download: Download): Promise<[string, string][]> {
  const paragraphs = await docxParagraphs(download);
  return paragraphs.slice(paragraphs.findIndex(([style]) => style === 'Heading1'));
}

/** Selects the first run of these words in the text, as a mouse drag would. */
export async function selectWords(page: Page, words: string): Promise<void> {
  await editor(page).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const start = node.textContent?.indexOf(wanted) ?? -1;
      if (start === -1) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in the text`);
  }, words);
}

/** Writes a sentence in a section and comments on some of its words, as the screen's user would. */
export async function writeAndComment(
  page: Page,
  section: string,
  sentence: string,
  words: string,
  comment: string,
): Promise<void> {
  await openSection(page, section);
  await editor(page).click();
  await page.keyboard.type(sentence);
  await waitForSaved(page);
  await selectWords(page, words);
  await page.getByRole('button', { name: '✎ Comment' }).click();
  await page.getByRole('form', { name: 'New comment' }).getByLabel('Comment').fill(comment);
  await page.getByRole('button', { name: 'Add comment' }).click();
}

/** The usual start: a fresh app, a new portfolio, and these words written and saved in one of its sections. */
export async function writeInANewPortfolio(page: Page, section: string, words: string): Promise<void> {
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, section);
  await editor(page).click();
  await page.keyboard.type(words);
  await waitForSaved(page);
}

/** Adds an item of evidence from the Evidence screen, and leaves it open. */
export async function addEvidence(page: Page, title: string): Promise<void> {
  await navigation(page)
    .getByRole('link', { name: /^Evidence/ })
    .click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const add = page.getByRole('dialog', { name: 'Add evidence' });
  await add.getByLabel('Title').fill(title);
  await add.getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}
