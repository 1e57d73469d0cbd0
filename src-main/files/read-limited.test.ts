import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, readFileLimited } from './read-limited.js';

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
});
