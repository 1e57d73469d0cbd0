import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedFilePiece } from '../contract.js';
import { OpenedFilesQueue, portfolioFileIn, sendOpenedFile } from './opened-files.js';

/** What the page is sent for a file opened from outside, pieces of at most `pieceBytes`. */
async function sent(path: string, pieceBytes?: number): Promise<OpenedFilePiece[]> {
  const messages: OpenedFilePiece[] = [];
  await sendOpenedFile(path, (message) => messages.push(message), pieceBytes);
  return messages;
}

describe('portfolioFileIn', () => {
  it.each([
    [
      ['C:\\Program Files\\NASENCO Portfolio\\NASENCO Portfolio.exe', 'C:\\Users\\sam\\Documents\\Backup.nasenco'],
      'C:\\Users\\sam\\Documents\\Backup.nasenco',
    ],
    [
      ['/opt/nasenco/nasenco', '--no-sandbox', '/home/sam/Mentor feedback.NASENCO'],
      '/home/sam/Mentor feedback.NASENCO',
    ],
    [['/opt/nasenco/nasenco', '--file=evil.nasenco'], undefined],
    [['/opt/nasenco/nasenco', '/home/sam/Part 1.docx'], undefined],
  ])('finds the portfolio file in %j', (argv, found) => {
    expect(portfolioFileIn(argv)).toBe(found);
  });
});

describe('sendOpenedFile', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'nasenco-open-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads the file for the page a piece at a time, each piece a buffer of its own', async () => {
    const path = join(folder, 'Backup.nasenco');
    const bytes = new Uint8Array(10_000).map((_, index) => index % 251);
    writeFileSync(path, bytes);
    const messages = await sent(path, 4096);
    expect(messages.map((message) => ('offset' in message ? [message.offset, message.bytes.length] : []))).toEqual([
      [0, 4096],
      [4096, 4096],
      [8192, 1808],
    ]);
    expect(new Set(messages.map((message) => ('fileId' in message ? message.fileId : ''))).size).toBe(1);
    expect(messages.every((message) => 'size' in message && message.size === 10_000)).toBe(true);
    expect(Buffer.concat(messages.map((message) => ('bytes' in message ? message.bytes : new Uint8Array())))).toEqual(
      Buffer.from(bytes),
    );
    writeFileSync(path, new Uint8Array());
    expect((await sent(path)).map((message) => ('bytes' in message ? message.bytes.length : -1))).toEqual([0]);
  });

  it('says plainly why a file could not be read', async () => {
    expect(await sent(join(folder, 'Gone.nasenco'))).toEqual([
      {
        name: 'Gone.nasenco',
        problem: '“Gone.nasenco” could not be found: it may have been moved, or the USB stick removed.',
      },
    ]);
    expect(await sent(folder)).toMatchObject([
      {
        problem: expect.stringMatching(/is a folder|could not be read/u) as unknown,
      },
    ]);
    if (process.platform !== 'win32') {
      const pipe = join(folder, 'Waiting.nasenco');
      execFileSync('mkfifo', [pipe]);
      expect(await sent(pipe)).toEqual([
        {
          name: 'Waiting.nasenco',
          problem: '“Waiting.nasenco” is not a file (it may be a device or a pipe), so it was not opened.',
        },
      ]);
    }
  });
});

describe('OpenedFilesQueue', () => {
  it('keeps files opened before the page is ready, then hands them over in order, and straight away after', () => {
    const queue = new OpenedFilesQueue();
    const delivered: string[] = [];
    queue.open('a.nasenco');
    queue.open('b.nasenco');
    expect(delivered).toEqual([]);
    queue.ready((path) => delivered.push(path));
    queue.open('c.nasenco');
    queue.notReady();
    queue.open('d.nasenco');
    expect(delivered).toEqual(['a.nasenco', 'b.nasenco', 'c.nasenco']);
    queue.ready((path) => delivered.push(path));
    expect(delivered.at(-1)).toBe('d.nasenco');
  });
});
