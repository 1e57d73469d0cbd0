import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../src-main/security/policies.js';
import type { RichTextNode } from '../src-renderer/core/document/rich-text.js';
import { writePortfolioFile } from '../src-renderer/core/portfolio-file/portfolio-file.js';
import { sampleBundle } from '../src-renderer/core/portfolio-file/sample-bundle.test-data.js';
import { webFileCrypto } from '../src-renderer/host/file-crypto.js';
import {
  CANDIDATE,
  createPortfolio,
  editor,
  navigation,
  openFreshApp,
  openSection,
  selectWords,
  waitForSaved,
} from './app';
import { samplePng } from './sample-files';

/**
 * The app's content-security policy (docs/security.md) allows no inline script and no inline
 * style: a `style="…"` attribute or a `<style>` element is refused, and reported, even in HTML the
 * app only parses, as it does with a paste. These tests do what a candidate does and fail on any
 * violation the page reports, and check that a table's column widths, which the editor shows
 * through CSSOM, are kept.
 */

/**
 * Every violation of the policy the page reports, from before the app's first script and across
 * reloads: the `securitypolicyviolation` events (directive, what was refused, the script that
 * tried), and the browser's own console line for each.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (violation: string) => reported.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = Reflect.get(window, 'reportPolicyViolation') as (violation: string) => Promise<void>;
      const where = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`;
      void report(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${where})${event.sample === '' ? '' : `: ${event.sample}`}`,
      );
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (!/Content Security Policy/i.test(text)) return;
    const hash = /'(sha256-[^']+)'/.exec(text)?.[1];
    reported.push(`console: ${text.split('. ')[0]}${hash === undefined ? '' : ` (${hash} of what was refused)`}`);
  });
  return async () => {
    // Reports are events, sent after the work that caused them: let any still queued arrive.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    return reported;
  };
}

function toolbarButton(page: Page, name: string) {
  return page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
}

/** Copies the editor's selection as Ctrl+C does, and gives the HTML the editor put on the clipboard. */
async function copySelection(page: Page): Promise<string> {
  return editor(page).evaluate((text) => {
    const clipboard = new DataTransfer();
    text.dispatchEvent(new ClipboardEvent('copy', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    return clipboard.getData('text/html');
  });
}

/** Pastes HTML where the cursor is, as Ctrl+V does with HTML on the clipboard. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await editor(page).evaluate((text, pasted) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/html', pasted);
    text.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, html);
}

/** The widths the editor gives a table's columns on screen, in its `<col>` elements ('' where none is set). */
function columnWidths(page: Page, table: number) {
  return editor(page)
    .locator('table')
    .nth(table)
    .locator('col')
    .evaluateAll((columns) => columns.map((column) => (column as HTMLElement).style.width));
}

test('the browser edition sends the desktop app’s security headers, and its page repeats the policy', async ({
  page,
}) => {
  const response = await page.goto('./');
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
  // `frame-ancestors` works only as a header, so the page's copy of the policy leaves it out.
  const repeated = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', repeated);
});

test('writing, tables, pictures, comments, copying and pasting, exporting, reloading and every screen break no rule of the content-security policy', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await page.keyboard.type('Reading ages rose for ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('most pupils');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('.');

  await toolbarButton(page, 'Insert a table').click();
  for (const cell of ['Pupil', 'Gain', 'Note', 'Pupil A', 'seven months', 'paired reading']) {
    await page.keyboard.type(cell);
    await page.keyboard.press('Tab');
  }
  await expect(editor(page).locator('table th')).toHaveText(['Pupil', 'Gain', 'Note']);

  await editor(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page
    .getByLabel('Choose a picture')
    .setInputFiles({ name: 'reading-ages.png', mimeType: 'image/png', buffer: samplePng(120, 60) });
  await expect(editor(page).locator('figure img')).toHaveJSProperty('naturalWidth', 120);
  await page.keyboard.type('Reading ages by term');
  await expect(editor(page).locator('figcaption')).toHaveText('Reading ages by term');

  // The whole text copied and pasted at its end, table and picture too: a style attribute in what
  // the editor writes to the clipboard would be refused when the paste is read.
  await page.keyboard.press('Control+a');
  const copied = await copySelection(page);
  expect(copied).toContain('<table');
  await page.keyboard.press('Control+End');
  await pasteHtml(page, copied);
  await expect(editor(page).locator('table')).toHaveCount(2);
  await expect(editor(page).locator('figure')).toHaveCount(2);

  await selectWords(page, 'most pupils');
  await page.getByRole('button', { name: '✎ Comment' }).click();
  await page.getByRole('form', { name: 'New comment' }).getByLabel('Comment').fill('How many exactly?');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(editor(page).locator('.comment-passage').first()).toBeVisible();

  for (const button of ['Cite', 'Save a version…', 'History…']) {
    await page.getByRole('button', { name: button }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await waitForSaved(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export Part 2/ }).click();
  await downloading;

  await page.reload();
  await expect(editor(page).locator('table')).toHaveCount(2);
  await expect(editor(page).locator('figure img').first()).toHaveJSProperty('naturalWidth', 120);

  for (const screen of [
    /^Evidence/,
    'Reading log',
    'Mentor handbook',
    'Learning outcomes',
    'Outcome coverage',
    'Programme settings',
    'Recently deleted',
    'Overview',
  ]) {
    const link = navigation(page)
      .getByRole('link', { name: screen, exact: typeof screen === 'string' })
      .first();
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }
  await page
    .getByRole('link', { name: /^How this is counted/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.getByRole('link', { name: '← All portfolios' }).click();
  await expect(page.getByRole('heading', { name: 'Your portfolios' })).toBeVisible();

  expect(await violations()).toEqual([]);
});

/** A table whose first two columns have set widths (180 and 90 pixels) and whose third has none. */
const TABLE_WITH_WIDTHS: RichTextNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Reading ages by term.' }] },
    {
      type: 'table',
      content: [
        ['Pupil', 'Gain', 'Note'],
        ['Pupil A', 'seven months', 'paired reading'],
      ].map((values, row) => ({
        type: 'tableRow',
        content: values.map((value, column) => ({
          type: row === 0 ? 'tableHeader' : 'tableCell',
          attrs: { colspan: 1, rowspan: 1, colwidth: [[180], [90], null][column] ?? null },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }],
        })),
      })),
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'After the table.' }] },
  ],
};
const SET_WIDTHS = ['180px', '90px', ''];

/** A backup of the sample portfolio whose Findings hold `TABLE_WITH_WIDTHS`: column widths come only from a document made elsewhere. */
async function backupWithTableWidths(): Promise<Buffer> {
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const findings = bundle.sections.find((section) => section.title === 'Findings');
  if (findings === undefined) throw new Error('The sample portfolio has no Findings');
  const sectionContents = bundle.sectionContents.map((content) =>
    content.sectionId === findings.id ? { sectionId: findings.id, document: TABLE_WITH_WIDTHS } : content,
  );
  return Buffer.from(
    await writePortfolioFile(
      { purpose: 'backup', portfolios: [{ ...bundle, sectionContents }] },
      files,
      webFileCrypto,
      { appVersion: 'test', createdAt: new Date().toISOString() },
    ),
  );
}

async function openTableWithWidths(page: Page): Promise<void> {
  await openFreshApp(page);
  await page.getByLabel('Choose a portfolio file to open').setInputFiles({
    name: 'backup.nasenco',
    mimeType: 'application/octet-stream',
    buffer: await backupWithTableWidths(),
  });
  await expect(page.locator('.notice-bar')).toContainText('Restored: 1 portfolio added.');
  await page.getByRole('button', { name: `Open ${CANDIDATE.title}` }).click();
  await openSection(page, 'Findings');
  await expect(editor(page).locator('table th')).toHaveText(['Pupil', 'Gain', 'Note']);
}

test('a table’s set column widths are shown, kept after a reload, and carried by a copy without a style attribute', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await openTableWithWidths(page);
  expect(await columnWidths(page, 0)).toEqual(SET_WIDTHS);
  // Saved again by the editor, the document keeps them.
  await editor(page).getByText('After the table.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Gains held.');
  await waitForSaved(page);

  await page.reload();
  await expect(editor(page).locator('table')).toHaveCount(1);
  expect(await columnWidths(page, 0)).toEqual(SET_WIDTHS);

  await editor(page).getByText('Reading ages by term.').click();
  await page.keyboard.press('Control+a');
  const copied = await copySelection(page);
  expect(copied).toMatch(/<colgroup><col width="180"><col width="90"><col><\/colgroup>/);
  expect(copied).toMatch(/<th colwidth="180"/);
  expect(copied).not.toMatch(/\sstyle\s*=/i);

  expect(await violations()).toEqual([]);
});

test('a table copied and pasted within the app keeps its column widths after a reload', async ({ page }) => {
  const violations = await watchViolations(page);
  await openTableWithWidths(page);
  await editor(page).getByText('Reading ages by term.').click();
  await page.keyboard.press('Control+a');
  const copied = await copySelection(page);
  await editor(page).getByText('After the table.').click();
  await page.keyboard.press('End');
  await pasteHtml(page, copied);
  await expect(editor(page).locator('table')).toHaveCount(2);
  expect(await columnWidths(page, 1)).toEqual(SET_WIDTHS);
  await waitForSaved(page);

  await page.reload();
  await expect(editor(page).locator('table')).toHaveCount(2);
  expect(await columnWidths(page, 1)).toEqual(SET_WIDTHS);
  expect(await violations()).toEqual([]);
});

/** Word's HTML for a two-column table, as it puts it on the clipboard: widths and borders in style attributes. */
const WORD_TABLE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>
p.MsoNormal { margin: 0cm; font-size: 11.0pt; font-family: "Calibri", sans-serif; }
table.MsoTableGrid { border: solid windowtext 1.0pt; }
</style></head><body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
<td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Pupil<o:p></o:p></b></p></td>
<td width=150 valign=top style='width:112.7pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Gain<o:p></o:p></b></p></td>
</tr>
<tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
<td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Pupil A<o:p></o:p></p></td>
<td width=150 valign=top style='width:112.7pt;border-top:none;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><span style='color:#1F3864'>seven months</span><o:p></o:p></p></td>
</tr>
</table>
<!--EndFragment--></body></html>`;

test('pasting a list and a table from Word breaks no rule of the content-security policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await openFreshApp(page);
  await createPortfolio(page);
  await openSection(page, 'Findings');
  await editor(page).click();
  await pasteHtml(
    page,
    await readFile(new URL('../src-renderer/editor/fixtures/word-desktop-bullets.html', import.meta.url), 'utf8'),
  );
  await expect(editor(page).locator('ul li').first()).toHaveText(
    'Pupils were given visual timetables for the morning routine',
  );
  await page.keyboard.press('Control+End');
  await pasteHtml(page, WORD_TABLE);
  await expect(editor(page).locator('table td')).toHaveText(['Pupil', 'Gain', 'Pupil A', 'seven months']);
  await waitForSaved(page);
  await page.reload();
  await expect(editor(page).locator('table td')).toHaveText(['Pupil', 'Gain', 'Pupil A', 'seven months']);
  expect(await violations()).toEqual([]);
});
