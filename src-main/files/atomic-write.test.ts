import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'nasenco-atomic-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const path = join(folder, 'Part 1.docx');
    await writeFileAtomic(path, bytes('new'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(folder)).toEqual(['Part 1.docx']);
  });

  it('replaces an existing file whole', async () => {
    const path = join(folder, 'Part 1.docx');
    writeFileSync(path, 'old and longer');
    await writeFileAtomic(path, bytes('new'));
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('leaves the old file intact when the process dies between writing and renaming', async () => {
    const path = join(folder, 'Part 1.docx');
    writeFileSync(path, 'old');
    let temporaryContent = '';
    const crash = writeFileAtomic(path, bytes('new'), {
      beforeRename: (temporaryPath) => {
        temporaryContent = readFileSync(temporaryPath, 'utf8');
        throw new Error('power cut');
      },
    });
    await expect(crash).rejects.toThrow('power cut');
    expect(temporaryContent).toBe('new');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['Part 1.docx']);
  });

  it('fails with the system error when the folder is gone, creating nothing', async () => {
    const error = await writeFileAtomic(join(folder, 'missing', 'Part 1.docx'), bytes('x')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(folder)).toEqual([]);
  });
});
