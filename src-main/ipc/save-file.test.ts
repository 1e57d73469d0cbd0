import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SavedFiles } from '../files/saved-files.js';
import {
  InvalidRequestError,
  MAX_SAVED_BYTES,
  parseSaveFileRequest,
  parseShowSavedFileRequest,
  safeFileName,
} from './requests.js';
import { saveFile } from './save-file.js';

const docxBytes = () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
/** What the main process knows of a file that came from the page: its size and first bytes. */
const arrived = (bytes: Uint8Array) => ({ size: bytes.length, head: bytes.subarray(0, 8) });

describe('parseSaveFileRequest', () => {
  it('accepts a .docx and tidies its name', () => {
    const request = parseSaveFileRequest(
      { suggestedFileName: '../../etc/1234567 Part 1.docx', file: arrived(docxBytes()) },
      'docx',
    );
    expect(request.suggestedFileName).toBe('1234567 Part 1.docx');
  });

  it.each([
    ['a name that is not text', { suggestedFileName: 42, file: arrived(docxBytes()) }],
    [
      'bytes that are not a .docx',
      { suggestedFileName: 'a.docx', file: arrived(new TextEncoder().encode('#!/bin/sh')) },
    ],
  ])('refuses %s', (_what, value) => {
    expect(() => parseSaveFileRequest(value, 'docx')).toThrow(InvalidRequestError);
  });

  it('gives a portfolio file its own extension, whatever the page suggests', () => {
    expect(
      parseSaveFileRequest({ suggestedFileName: 'Backup 2026-11-23.docx', file: arrived(docxBytes()) }, 'nasenco')
        .suggestedFileName,
    ).toBe('Backup 2026-11-23.docx.nasenco');
    expect(
      parseSaveFileRequest({ suggestedFileName: 'Backup 2026-11-23.nasenco', file: arrived(docxBytes()) }, 'nasenco')
        .suggestedFileName,
    ).toBe('Backup 2026-11-23.nasenco');
  });

  it('refuses a document larger than the limit', () => {
    const huge = { size: MAX_SAVED_BYTES + 1, head: docxBytes() };
    expect(() => parseSaveFileRequest({ suggestedFileName: 'a.docx', file: huge }, 'docx')).toThrow(/too large/);
  });
});

describe('parseShowSavedFileRequest', () => {
  it('accepts one id and nothing else', () => {
    const savedFileId = crypto.randomUUID();
    expect(parseShowSavedFileRequest({ savedFileId })).toEqual({ savedFileId });
  });

  it.each([
    ['nothing', undefined],
    ['a path instead of an id', { savedFileId: '/home/user/.ssh/id_rsa' }],
    ['an id with a path beside it', { savedFileId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', path: '/etc/passwd' }],
  ])('refuses %s', (_what, value) => {
    expect(() => parseShowSavedFileRequest(value)).toThrow(InvalidRequestError);
  });
});

describe('safeFileName', () => {
  it.each([
    ['Part 1', 'Part 1.docx'],
    ['a/b\\c:d*e?f"g<h>i|j', 'c d e f g h i j.docx'],
    ['...hidden', 'hidden.docx'],
    ['CON', 'Portfolio.docx'],
    ['', 'Portfolio.docx'],
    ['x'.repeat(300), `${'x'.repeat(120)}.docx`],
  ])('%j becomes %j', (name, safe) => {
    expect(safeFileName(name, 'docx')).toBe(safe);
  });
});

describe('saveFile', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'nasenco-export-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  /** A file as it waits after coming from the page in pieces. */
  const incoming = (bytes: Uint8Array) => {
    const path = join(folder, `.~incoming.${crypto.randomUUID().slice(0, 12)}.tmp`);
    writeFileSync(path, bytes);
    return {
      path,
      size: bytes.length,
      head: bytes.subarray(0, 8),
      discard: async () => {
        rmSync(path);
      },
    };
  };

  it('writes the document where the user chose, and can then show it in its folder', async () => {
    const path = join(folder, 'Chosen name.docx');
    const savedFiles = new SavedFiles();
    const outcome = await saveFile(
      { suggestedFileName: 'Part 1.docx', file: incoming(docxBytes()) },
      async (suggested) => {
        expect(suggested).toBe('Part 1.docx');
        return path;
      },
      savedFiles,
    );
    expect(outcome).toMatchObject({ status: 'saved', fileName: 'Chosen name.docx', folder });
    expect(new Uint8Array(readFileSync(path))).toEqual(docxBytes());
    const revealed: string[] = [];
    expect(
      await savedFiles.show(outcome.status === 'saved' ? outcome.savedFileId : '', (shown) => revealed.push(shown)),
    ).toEqual({ status: 'shown' });
    expect(revealed).toEqual([path]);
  });

  it('says so when a saved file has since gone, or was not saved this session, and reveals nothing', async () => {
    const path = join(folder, 'Part 1.docx');
    const savedFiles = new SavedFiles();
    const outcome = await saveFile(
      { suggestedFileName: 'Part 1.docx', file: incoming(docxBytes()) },
      async () => path,
      savedFiles,
    );
    rmSync(path);
    const revealed: string[] = [];
    expect(
      await savedFiles.show(outcome.status === 'saved' ? outcome.savedFileId : '', (shown) => revealed.push(shown)),
    ).toEqual({
      status: 'failed',
      message: '“Part 1.docx” is no longer where it was saved: it may have been moved, renamed or deleted.',
    });
    const unknown = await savedFiles.show(crypto.randomUUID(), (shown) => revealed.push(shown));
    expect(unknown.status === 'failed' ? unknown.message : '').toMatch(/before the app last started/);
    expect(revealed).toEqual([]);
  });

  it('writes nothing when the user cancels', async () => {
    const outcome = await saveFile(
      { suggestedFileName: 'Part 1.docx', file: incoming(docxBytes()) },
      async () => undefined,
      new SavedFiles(),
    );
    expect(outcome).toEqual({ status: 'cancelled' });
  });

  it('explains a full disk and keeps the earlier file', async () => {
    const path = join(folder, 'Part 1.docx');
    writeFileSync(path, 'earlier export');
    const diskFull = async () => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    };
    const outcome = await saveFile(
      { suggestedFileName: 'Part 1.docx', file: incoming(docxBytes()) },
      async () => path,
      new SavedFiles(),
      diskFull,
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' ? outcome.message : '').toMatch(/disk is full/);
    expect(readFileSync(path, 'utf8')).toBe('earlier export');
  });

  it('removes the copy that came from the page once it is saved, cancelled or refused by the disk', async () => {
    const outcomes = [];
    for (const answer of [join(folder, 'Saved.docx'), undefined, join(folder, 'no such folder', 'x.docx')]) {
      const file = incoming(docxBytes());
      outcomes.push(
        (await saveFile({ suggestedFileName: 'Part 1.docx', file }, async () => answer, new SavedFiles())).status,
      );
      expect(existsSync(file.path)).toBe(false);
    }
    expect(outcomes).toEqual(['saved', 'cancelled', 'failed']);
    expect(new Uint8Array(readFileSync(join(folder, 'Saved.docx')))).toEqual(docxBytes());
  });
});
