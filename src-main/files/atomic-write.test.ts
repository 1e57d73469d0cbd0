import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemporaryFiles, writeFileAtomic } from './atomic-write.js';

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
    const error = await writeFileAtomic(join(folder, 'missing', 'Part 1.docx'), bytes('x')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('makes the temporary file, and the file it becomes, readable by the user alone', async () => {
    const path = join(folder, 'Backup.nasenco');
    let mode = 0;
    await writeFileAtomic(path, bytes('portfolio'), {
      beforeRename: (temporaryPath) => void (mode = statSync(temporaryPath).mode),
    });
    if (process.platform === 'win32') return;
    expect(mode & 0o777).toBe(0o600);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('removes at the next start a temporary file the power cut left, and nothing of the person’s', async () => {
    const journal = new TemporaryFiles(join(folder, 'app-data', 'writing'));
    const path = join(folder, 'Backup.nasenco');
    writeFileSync(join(folder, 'Notes.docx'), 'the person’s own');
    let left = '';
    // The process dies before the rename: the finally that would tidy up never runs, as after a power cut.
    void writeFileAtomic(path, bytes('portfolio'), {
      journal,
      beforeRename: (temporaryPath) => {
        left = temporaryPath;
        return new Promise<void>(() => undefined);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(folder)).toContain(left.split(/[\\/]/u).pop());
    expect(await new TemporaryFiles(join(folder, 'app-data', 'writing')).clearLeftovers()).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(['Notes.docx', 'app-data']);
    expect(readdirSync(join(folder, 'app-data', 'writing'))).toEqual([]);
  });

  it('never removes a file a note names unless it is named as one of its own temporary files', async () => {
    const notes = join(folder, 'writing');
    const precious = join(folder, 'Part 1.docx');
    writeFileSync(precious, 'keep me');
    const journal = new TemporaryFiles(notes);
    await journal.note(precious);
    expect(await journal.clearLeftovers()).toBe(0);
    expect(readFileSync(precious, 'utf8')).toBe('keep me');
  });
});
