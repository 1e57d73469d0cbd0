import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortfolio, editor, openSection } from './app';

/**
 * Nothing typed is lost when the computer's power goes: the browser and all its processes are
 * killed (SIGKILL) at random moments while typing, then started again on the same profile. Every
 * character typed more than a second before the kill must be there, and the app must open cleanly.
 * The worst loss measured is written to test-results/crash-safety.json (docs/reliability.md).
 */

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ROUNDS = Number(process.env['CRASH_ROUNDS'] ?? 20);
const SEED = Number(process.env['CRASH_SEED'] ?? Date.now() % 1_000_000);
/** What the app promises: anything typed longer ago than this survives a crash. */
const SAVED_WITHIN_MS = 1000;
/** A quick typist's pace between characters. */
const KEYSTROKE_MS = 60;

/** A small seeded generator, so a failing run can be repeated with CRASH_SEED. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Running {
  readonly process: ChildProcess;
  readonly browser: Browser;
  readonly page: Page;
}

/** Starts Chromium on `profile` as the user would have it, in its own process group so that all of it can be killed at once. */
async function startChromium(profile: string): Promise<Running> {
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=en-GB',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${said}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/u.exec(said);
      if (found?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium stopped (${String(code)}): ${said}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page };
}

/** Kills every process of this Chromium at once, as a power cut would, and waits until none is left holding the profile. */
async function killChromium(running: Running, profile: string): Promise<void> {
  const exited = new Promise((resolve) => running.process.once('exit', resolve));
  process.kill(-(running.process.pid ?? 0), 'SIGKILL');
  await exited;
  await expect.poll(() => spawnSync('pgrep', ['-f', profile]).status, { timeout: 10_000 }).toBe(1);
}

/** What one round typed, with the moment each character had been typed. */
interface Typed {
  text: string;
  readonly times: number[];
  /** The character being sent as the browser was killed: it may or may not have arrived. */
  inFlight: string;
}

async function typeUntilKilled(page: Page, words: string, typed: Typed): Promise<void> {
  try {
    for (const character of words) {
      typed.inFlight = character;
      await page.keyboard.type(character);
      typed.inFlight = '';
      typed.text += character;
      typed.times.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_MS));
    }
  } catch {
    // The browser was killed mid-keystroke: that is the point.
  }
}

/**
 * The section's editor is back. If not, the failure says what the page shows instead, with a
 * screenshot: this browser is not Playwright's own, so no trace or screenshot is taken of it.
 */
async function expectEditorBack(page: Page, round: number): Promise<void> {
  try {
    // A browser started again after a kill first recovers its profile, so its first page may be slow.
    await expect(editor(page)).toBeVisible({ timeout: 30_000 });
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText({ timeout: 1000 })
      .catch((reason: unknown) => `(unreadable: ${String(reason)})`);
    await page.screenshot({ path: join('test-results', `crash-safety-round-${round}.png`) }).catch(() => undefined);
    throw new Error(`round ${round}: no editor at ${page.url()}; the page shows:\n${shown}\n${String(error)}`);
  }
}

const WORDS =
  'pupils read aloud each morning with a partner while the teaching assistant noted new vocabulary and the class teacher ';

test('typing survives the browser being killed at random moments: everything typed a second before each kill is there', async ({
  baseURL,
}) => {
  test.setTimeout(60_000 + ROUNDS * 30_000);
  const random = randomFrom(SEED);
  const profile = mkdtempSync(join(tmpdir(), 'nasenco-crash-'));
  const losses: { round: number; killedAfterMs: number; typed: number; kept: number; lostMs: number }[] = [];
  let running = await startChromium(profile);
  try {
    await running.page.goto(baseURL ?? '');
    await createPortfolio(running.page);
    await openSection(running.page, 'Findings');
    const address = running.page.url();
    let saved = '';

    for (let round = 1; round <= ROUNDS; round++) {
      await editor(running.page).click();
      await running.page.keyboard.press('Control+End');
      const typed: Typed = { text: '', times: [], inFlight: '' };
      const words = `[${round}] ${WORDS.repeat(3)}`;
      const killAfter = 1200 + random() * 3000;
      const typing = typeUntilKilled(running.page, words, typed);
      await new Promise((resolve) => setTimeout(resolve, killAfter));
      const killedAt = Date.now();
      await killChromium(running, profile);
      await typing;

      running = await startChromium(profile);
      await running.page.goto(address);
      // Opens cleanly: the section and its text come back, with no storage problem shown. A browser
      // started again after a kill first recovers its profile, so its first page may be slow.
      await expectEditorBack(running.page, round);
      await expect(running.page.locator('.notice-bar .notice')).toHaveCount(0);
      const text = (await editor(running.page).textContent()) ?? '';
      expect(text.startsWith(saved), `round ${round}: what was saved before is intact`).toBe(true);
      const kept = text.slice(saved.length);
      expect(
        (typed.text + typed.inFlight).startsWith(kept),
        `round ${round}: what came back (…${kept.slice(-30)}) is what was typed (…${typed.text.slice(-30)}, then “${typed.inFlight}” as it was killed)`,
      ).toBe(true);
      const mustBeThere = typed.times.filter((time) => time < killedAt - SAVED_WITHIN_MS).length;
      expect(
        kept.length,
        `round ${round}: typed ${typed.text.length} characters, kept ${kept.length}, of which ${mustBeThere} were typed over a second before the kill`,
      ).toBeGreaterThanOrEqual(mustBeThere);
      const firstLost = typed.times[kept.length];
      losses.push({
        round,
        killedAfterMs: Math.round(killAfter),
        typed: typed.text.length,
        kept: kept.length,
        lostMs: firstLost === undefined ? 0 : Math.max(0, killedAt - firstLost),
      });
      saved = text;
    }
  } finally {
    await running.browser.close().catch(() => undefined);
    if (running.process.exitCode === null) process.kill(-(running.process.pid ?? 0), 'SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  }
  const worst = Math.max(...losses.map((loss) => loss.lostMs));
  writeFileSync(
    join('test-results', 'crash-safety.json'),
    JSON.stringify({ seed: SEED, rounds: ROUNDS, worstLossMs: worst, losses }, null, 2),
  );
  console.log(`Crash safety: ${ROUNDS} kills (seed ${SEED}); the worst loss was the last ${worst} ms of typing.`);
});
