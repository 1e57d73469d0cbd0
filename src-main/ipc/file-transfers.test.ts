import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemporaryFiles } from '../files/atomic-write.js';
import type { FileChunk, Host, OpenedFilePiece, OpenedPortfolioFile } from '../contract.js';
import { CHUNK_BYTES, IncomingFiles, piecesOf } from './file-transfers.js';
import {
  InvalidRequestError,
  parseBeginFile,
  parseFileChunk,
  parseSaveFileMessage,
  parseSaveFileRequest,
} from './requests.js';

const MB = 1024 * 1024;

describe('files crossing between the page and the main process', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'nasenco-incoming-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const waiting = () => readdirSync(folder);

  it('come in order into a file of their own, for the user alone, and are taken once, whole', async () => {
    const incoming = new IncomingFiles(folder);
    const fileId = await incoming.begin(10);
    await incoming.add({ fileId, offset: 0, bytes: new Uint8Array([1, 2, 3, 4]) });
    await expect(incoming.take(fileId)).rejects.toThrow('file arrived incomplete');
    expect(waiting()).toEqual([]);
    const again = await incoming.begin(10);
    await incoming.add({ fileId: again, offset: 0, bytes: new Uint8Array(4).fill(1) });
    await incoming.add({ fileId: again, offset: 4, bytes: new Uint8Array(6).fill(2) });
    const file = await incoming.take(again);
    expect([...readFileSync(file.path)]).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect([...file.head]).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    if (process.platform !== 'win32') expect(statSync(file.path).mode & 0o077).toBe(0);
    await expect(incoming.take(again)).rejects.toThrow(InvalidRequestError);
    await file.discard();
    expect(waiting()).toEqual([]);
  });

  it('refuse pieces out of order or past the size, a size past the limit, and a fifth file at once, leaving no file behind', async () => {
    const incoming = new IncomingFiles(folder);
    const fileId = await incoming.begin(10);
    await expect(incoming.add({ fileId, offset: 4, bytes: new Uint8Array(2) })).rejects.toThrow(/out of order/u);
    const second = await incoming.begin(4);
    await expect(incoming.add({ fileId: second, offset: 0, bytes: new Uint8Array(5) })).rejects.toThrow(
      /beyond its size/u,
    );
    expect(waiting()).toEqual([]);
    await expect(incoming.begin(1024 * MB + 1)).rejects.toThrow(/out of range/u);
    for (let open = 0; open < 4; open++) await incoming.begin(1);
    await expect(incoming.begin(1)).rejects.toThrow(/too many/u);
  });

  it('hold the limit of four when many begin at the same moment', async () => {
    const incoming = new IncomingFiles(folder);
    const begun = await Promise.allSettled(Array.from({ length: 10 }, () => incoming.begin(1024 * MB)));
    expect(begun.filter((result) => result.status === 'fulfilled')).toHaveLength(4);
    expect(waiting()).toHaveLength(4);
  });

  it('go from the disk by themselves when abandoned, with no later file to sweep them', async () => {
    const incoming = new IncomingFiles(folder, undefined, Date.now, 50);
    await incoming.begin(10);
    expect(waiting()).toHaveLength(1);
    await expect.poll(waiting).toEqual([]);
  });

  it('forget a file abandoned mid-way, so it goes from the disk, and note each in the journal while it exists', async () => {
    let now = 0;
    const journal = new TemporaryFiles(join(folder, 'journal'));
    const incoming = new IncomingFiles(join(folder, 'incoming'), journal, () => now, 1000);
    const fileId = await incoming.begin(10);
    expect(readdirSync(join(folder, 'journal'))).toHaveLength(1);
    now = 2000;
    await incoming.begin(1);
    await expect(incoming.add({ fileId, offset: 0, bytes: new Uint8Array(1) })).rejects.toThrow(/no such file/u);
    expect(readdirSync(join(folder, 'incoming'))).toHaveLength(1);
    // A crash now: the next start clears what is still noted.
    expect(await journal.clearLeftovers()).toBe(1);
    expect(readdirSync(join(folder, 'incoming'))).toEqual([]);
  });

  it('go in pieces of at most 32 MB, far below the 512 MB at which Electron crashes', () => {
    expect(CHUNK_BYTES).toBe(32 * MB);
    const pieces = piecesOf(new Uint8Array(100 * MB));
    expect(pieces.map((piece) => [piece.offset / MB, piece.bytes.byteLength / MB])).toEqual([
      [0, 32],
      [32, 32],
      [64, 32],
      [96, 4],
    ]);
    // What Electron sends is a piece's whole buffer: each must be a piece's own, not a view of the file.
    expect(pieces.map((piece) => piece.bytes.buffer.byteLength / MB)).toEqual([32, 32, 32, 4]);
    expect(piecesOf(new Uint8Array()).map((piece) => piece.bytes.byteLength)).toEqual([0]);
  });

  it('are refused when a piece is larger than a piece may be, or a request carries anything else', () => {
    const fileId = '0b8e2c4d-1a2b-4c3d-9e8f-112233445566';
    expect(() => parseFileChunk({ fileId, offset: 0, bytes: new Uint8Array(CHUNK_BYTES + 1) })).toThrow(
      InvalidRequestError,
    );
    expect(() => parseFileChunk({ fileId, offset: -1, bytes: new Uint8Array(1) })).toThrow(InvalidRequestError);
    expect(() => parseFileChunk({ fileId: '../x', offset: 0, bytes: new Uint8Array(1) })).toThrow(InvalidRequestError);
    expect(() => parseBeginFile({ size: 1, path: '/etc' })).toThrow(InvalidRequestError);
    expect(() => parseSaveFileMessage({ suggestedFileName: 'a.docx', fileId, bytes: new Uint8Array(1) })).toThrow(
      InvalidRequestError,
    );
  });
});

/**
 * The preload itself, compiled from its source and run as Electron runs it (CommonJS, `electron`
 * the only module), against a stand-in for the main process made of the real parsers and
 * `IncomingFiles`: every message it sends is measured.
 */
function loadPreload() {
  const source = readFileSync(new URL('../preload/preload.cts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const incoming = new IncomingFiles(mkdtempSync(join(tmpdir(), 'nasenco-preload-')));
  const sizes: number[] = [];
  const saved: Uint8Array[] = [];
  const listeners = new Map<string, (event: unknown, payload: OpenedFilePiece) => void>();
  const main: Record<string, (request: unknown) => unknown> = {
    'host:begin-file': async (request) => ({ fileId: await incoming.begin(parseBeginFile(request).size) }),
    'host:file-chunk': async (request) => {
      const chunk: FileChunk = parseFileChunk(request);
      // Electron would serialise the whole buffer behind the piece: that is what is measured.
      sizes.push(chunk.bytes.buffer.byteLength);
      await incoming.add(chunk);
      return null;
    },
    'host:save-portfolio-file': async (request) => {
      const message = parseSaveFileMessage(request);
      const file = await incoming.take(message.fileId);
      parseSaveFileRequest({ suggestedFileName: message.suggestedFileName, file }, 'nasenco');
      saved.push(new Uint8Array(readFileSync(file.path)));
      await file.discard();
      return { status: 'cancelled' };
    },
  };
  let exposed: Host | undefined;
  const electron = {
    ipcRenderer: {
      invoke: (channel: string, request: unknown) => Promise.resolve().then(() => main[channel]?.(request)),
      on: (channel: string, listener: (event: unknown, payload: OpenedFilePiece) => void) =>
        listeners.set(channel, listener),
      removeListener: (channel: string) => listeners.delete(channel),
    },
    contextBridge: { exposeInMainWorld: (_name: string, value: Host) => (exposed = value) },
  };
  const module = { exports: {} };
  runInContext(
    outputText,
    createContext({
      require: (name: string) => (name === 'electron' ? electron : undefined),
      module,
      exports: module.exports,
      Uint8Array,
      Map,
      Promise,
      Blob,
    }),
  );
  return {
    host: exposed!,
    sizes,
    saved,
    sendToPage: (piece: OpenedFilePiece) => listeners.get('host:portfolio-file-opened')?.({}, piece),
  };
}

describe('the preload', () => {
  it('sends a 100 MB backup to be saved in pieces of at most 32 MB, read from its Blob one at a time, which arrive byte for byte', async () => {
    const { host, sizes, saved } = loadPreload();
    const backup = new Uint8Array(100 * MB);
    backup.set([0x50, 0x4b, 0x03, 0x04]);
    backup[backup.length - 1] = 7;
    await host.savePortfolioFile({ suggestedFileName: 'Backup.nasenco', data: new Blob([backup]) });
    expect(sizes).toEqual([32 * MB, 32 * MB, 32 * MB, 4 * MB]);
    expect(saved[0]?.byteLength).toBe(backup.byteLength);
    expect(saved[0]?.[backup.length - 1]).toBe(7);
  });

  it('hands the page an opened file once, whole, from its pieces; or says it did not arrive whole', async () => {
    const { host, sendToPage } = loadPreload();
    const heard: OpenedPortfolioFile[] = [];
    host.onPortfolioFileOpened((file) => heard.push(file));
    const file = new Uint8Array(70 * MB).fill(3);
    for (const piece of piecesOf(file))
      sendToPage({ name: 'Shared.nasenco', fileId: 'a', size: file.byteLength, ...piece });
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ name: 'Shared.nasenco' });
    const whole = heard[0] && 'data' in heard[0] ? new Uint8Array(await heard[0].data.arrayBuffer()) : undefined;
    expect(whole?.byteLength).toBe(file.byteLength);
    expect(whole?.every((byte) => byte === 3)).toBe(true);
    const [first, second, third] = piecesOf(file);
    sendToPage({ name: 'Torn.nasenco', fileId: 'b', size: file.byteLength, ...first! });
    sendToPage({ name: 'Torn.nasenco', fileId: 'b', size: file.byteLength, ...third! });
    expect(heard[1]).toEqual({ name: 'Torn.nasenco', problem: '“Torn.nasenco” did not arrive whole. Open it again.' });
    // Pieces of a file whose start never came (the page reloaded mid-send) are said once, and make no room for the file.
    sendToPage({ name: 'Late.nasenco', fileId: 'c', size: file.byteLength, ...second! });
    sendToPage({ name: 'Late.nasenco', fileId: 'c', size: file.byteLength, ...third! });
    expect(heard.slice(2)).toEqual([
      { name: 'Late.nasenco', problem: '“Late.nasenco” did not arrive whole. Open it again.' },
    ]);
  });
});
