import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocx } from './export-docx.js';
import { InvalidRequestError, MAX_EXPORT_BYTES, parseExportDocxRequest, safeDocxFileName } from './export-docx-request.js';

const docxBytes = () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

describe('parseExportDocxRequest', () => {
  it('accepts a .docx and tidies its name', () => {
    const request = parseExportDocxRequest({ suggestedFileName: '../../etc/1234567 Part 1.docx', bytes: docxBytes() });
    expect(request.suggestedFileName).toBe('1234567 Part 1.docx');
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'Part 1.docx'],
    ['a name that is not text', { suggestedFileName: 42, bytes: docxBytes() }],
    ['bytes that are not bytes', { suggestedFileName: 'a.docx', bytes: [0x50, 0x4b, 3, 4] }],
    ['bytes that are not a .docx', { suggestedFileName: 'a.docx', bytes: new TextEncoder().encode('#!/bin/sh') }],
  ])('refuses %s', (_what, value) => {
    expect(() => parseExportDocxRequest(value)).toThrow(InvalidRequestError);
  });

  it('refuses a document larger than the limit', () => {
    const huge = new Uint8Array(MAX_EXPORT_BYTES + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    expect(() => parseExportDocxRequest({ suggestedFileName: 'a.docx', bytes: huge })).toThrow(/too large/);
  });
});

describe('safeDocxFileName', () => {
  it.each([
    ['Part 1', 'Part 1.docx'],
    ['a/b\\c:d*e?f"g<h>i|j', 'c d e f g h i j.docx'],
    ['...hidden', 'hidden.docx'],
    ['CON', 'Portfolio.docx'],
    ['', 'Portfolio.docx'],
    ['x'.repeat(300), `${'x'.repeat(120)}.docx`],
  ])('%j becomes %j', (name, safe) => {
    expect(safeDocxFileName(name)).toBe(safe);
  });
});

describe('exportDocx', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'nasenco-export-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the document where the user chose', async () => {
    const path = join(folder, 'Chosen name.docx');
    const outcome = await exportDocx({ suggestedFileName: 'Part 1.docx', bytes: docxBytes() }, async (suggested) => {
      expect(suggested).toBe('Part 1.docx');
      return path;
    });
    expect(outcome).toEqual({ status: 'saved', fileName: 'Chosen name.docx', folder });
    expect(new Uint8Array(readFileSync(path))).toEqual(docxBytes());
  });

  it('writes nothing when the user cancels', async () => {
    const outcome = await exportDocx({ suggestedFileName: 'Part 1.docx', bytes: docxBytes() }, async () => undefined);
    expect(outcome).toEqual({ status: 'cancelled' });
  });

  it('explains a full disk and keeps the earlier file', async () => {
    const path = join(folder, 'Part 1.docx');
    writeFileSync(path, 'earlier export');
    const diskFull = async () => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    };
    const outcome = await exportDocx({ suggestedFileName: 'Part 1.docx', bytes: docxBytes() }, async () => path, diskFull);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' ? outcome.message : '').toMatch(/disk is full/);
    expect(readFileSync(path, 'utf8')).toBe('earlier export');
  });
});
