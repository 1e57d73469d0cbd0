import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenedFilesQueue, portfolioFileIn, readOpenedFile } from './opened-files.js';

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

describe('readOpenedFile', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'nasenco-open-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads the file for the page', async () => {
    const path = join(folder, 'Backup.nasenco');
    writeFileSync(path, new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(await readOpenedFile(path)).toEqual({ name: 'Backup.nasenco', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) });
  });

  it('says plainly why a file could not be read', async () => {
    expect(await readOpenedFile(join(folder, 'Gone.nasenco'))).toEqual({
      name: 'Gone.nasenco',
      problem: '“Gone.nasenco” could not be found: it may have been moved, or the USB stick removed.',
    });
    expect(await readOpenedFile(folder)).toMatchObject({
      problem: expect.stringMatching(/is a folder|could not be read/u) as unknown,
    });
    if (process.platform !== 'win32') {
      const pipe = join(folder, 'Waiting.nasenco');
      execFileSync('mkfifo', [pipe]);
      expect(await readOpenedFile(pipe)).toEqual({
        name: 'Waiting.nasenco',
        problem: '“Waiting.nasenco” is not a file (it may be a device or a pipe), so it was not opened.',
      });
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
