/**
 * Draws assets/icon.png (1024 × 1024) from assets/icon.svg in the system's Chromium:
 * `npx tsx scripts/draw-icon.ts`. electron-builder makes each platform's icon from the PNG
 * when it packages the app.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: 'assets/icon.png', omitBackground: true });
await browser.close();
