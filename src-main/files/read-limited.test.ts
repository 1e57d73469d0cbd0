import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, NotAFileError, readFileLimited } from './read-limited.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'nasenco-read-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('readFileLimited', () => {
  it('reads a file within the limit, exactly', async () => {
    const path = join(folder, 'shared.nasenco');
    writeFileSync(path, 'abcdef');
    expect(new TextDecoder().decode(await readFileLimited(path, 6))).toBe('abcdef');
  });

  it('refuses a file over the limit', async () => {
    const path = join(folder, 'huge.nasenco');
    writeFileSync(path, 'x'.repeat(11));
    await expect(readFileLimited(path, 10)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it('reads an empty file', async () => {
    const path = join(folder, 'empty');
    writeFileSync(path, '');
    expect((await readFileLimited(path, 10)).byteLength).toBe(0);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a named pipe at once, rather than wait for ever for a writer',
    async () => {
      const path = join(folder, 'pipe.nasenco');
      execFileSync('mkfifo', [path]);
      await expect(readFileLimited(path, 10)).rejects.toBeInstanceOf(NotAFileError);
    },
  );

  it.skipIf(process.platform === 'win32')('refuses a device and a folder', async () => {
    await expect(readFileLimited('/dev/zero', 10)).rejects.toBeInstanceOf(NotAFileError);
    await expect(readFileLimited(folder, 10)).rejects.toThrow();
  });
});
