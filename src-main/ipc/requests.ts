import { MAX_FILE_BYTES } from '../files/limits.js';
import type { FileChunk, IPC_CHUNK_BYTES, SaveFileMessage, ShowSavedFileRequest } from '../contract.js';

/** The kinds of file the app saves, with the extension each must end in. */
export type SavedKind = 'docx' | 'nasenco';

/** The largest file that crosses from the page: far above any real portfolio with images, far below what would strain memory. */
export const MAX_SAVED_BYTES = MAX_FILE_BYTES;
const MAX_CHUNK_BYTES: IPC_CHUNK_BYTES = 33_554_432;

/** What the main process knows of a file that came from the page in pieces (file-transfers.ts). */
export interface ArrivedFile {
  readonly size: number;
  /** Its first bytes. */
  readonly head: Uint8Array;
}

/** A file to save: every piece of it arrived, and the name the page suggested for it. */
export interface ReceivedFile<File extends ArrivedFile = ArrivedFile> {
  readonly suggestedFileName: string;
  readonly file: File;
}

export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
}

/**
 * Checks a request to save a file (a Word document or a portfolio file) that arrived over
 * IPC. Everything from the renderer is untrusted: the shape, the size, and the name (which
 * must not carry a path). Both kinds are zips, and every zip starts "PK\x03\x04".
 */
export function parseSaveFileRequest<File extends ArrivedFile>(
  value: { readonly suggestedFileName: unknown; readonly file: File },
  kind: SavedKind,
): ReceivedFile<File> {
  const { suggestedFileName, file } = value;
  if (typeof suggestedFileName !== 'string') throw new InvalidRequestError('suggestedFileName is not text');
  if (file.size > MAX_SAVED_BYTES) throw new InvalidRequestError('file is too large');
  const { head } = file;
  if (head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04) {
    throw new InvalidRequestError(`bytes are not a .${kind} file`);
  }
  return { suggestedFileName: safeFileName(suggestedFileName, kind), file };
}

/**
 * A file name that is valid on Windows, macOS and Linux and cannot name another folder:
 * no separators, no reserved characters, no leading dots, at most 120 characters, ending in its kind's extension.
 */
export function safeFileName(name: string, kind: SavedKind): string {
  // Only the last segment: a suggested name must never point into another folder.
  const stem = (name.split(/[\\/]/).pop() ?? '')
    .replace(new RegExp(`\\.${kind}$`, 'i'), '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120)
    .trim();
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem);
  return `${stem === '' || reserved ? 'Portfolio' : stem}.${kind}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** Checks a request to show a saved file: nothing but one id of the kind the main process hands out. */
export function parseShowSavedFileRequest(value: unknown): ShowSavedFileRequest {
  const { savedFileId, ...rest } = fieldsOf(value);
  if (typeof savedFileId !== 'string' || !UUID.test(savedFileId))
    throw new InvalidRequestError('savedFileId is not an id');
  if (Object.keys(rest).length > 0) throw new InvalidRequestError('request has unexpected fields');
  return { savedFileId };
}

/** The announcement of a file about to cross in pieces: its size, no more. */
export function parseBeginFile(value: unknown): { readonly size: number } {
  const { size, ...rest } = fieldsOf(value);
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || size > MAX_SAVED_BYTES)
    throw new InvalidRequestError('size is out of range');
  if (Object.keys(rest).length > 0) throw new InvalidRequestError('request has unexpected fields');
  return { size };
}

/** One piece of a file: an id the main process handed out, where it goes, and at most one piece's bytes. */
export function parseFileChunk(value: unknown): FileChunk {
  const { fileId, offset, bytes, ...rest } = fieldsOf(value);
  if (typeof fileId !== 'string' || !UUID.test(fileId)) throw new InvalidRequestError('fileId is not an id');
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0)
    throw new InvalidRequestError('offset is out of range');
  if (!(bytes instanceof Uint8Array) || bytes.byteLength > MAX_CHUNK_BYTES)
    throw new InvalidRequestError('bytes are not a piece of a file');
  if (Object.keys(rest).length > 0) throw new InvalidRequestError('request has unexpected fields');
  return { fileId, offset, bytes };
}

/** A save: the suggested name (made safe later, with the file's kind) and the id the file went by. */
export function parseSaveFileMessage(value: unknown): SaveFileMessage {
  const { suggestedFileName, fileId, ...rest } = fieldsOf(value);
  if (typeof suggestedFileName !== 'string' || suggestedFileName.length > 1000)
    throw new InvalidRequestError('suggestedFileName is not text');
  if (typeof fileId !== 'string' || !UUID.test(fileId)) throw new InvalidRequestError('fileId is not an id');
  if (Object.keys(rest).length > 0) throw new InvalidRequestError('request has unexpected fields');
  return { suggestedFileName, fileId };
}

/** Nothing: the request of a channel that needs none. */
export function parseNothing(value: unknown): null {
  if (value !== null && value !== undefined) throw new InvalidRequestError('request should be empty');
  return null;
}

/** A word to take out of the spelling dictionary: one word, as the spellchecker keeps them. */
export function parseSpellingWord(value: unknown): { readonly word: string } {
  const { word, ...rest } = fieldsOf(value);
  if (typeof word !== 'string' || word === '' || word.length > 99 || /\s/u.test(word))
    throw new InvalidRequestError('word is not one word');
  if (Object.keys(rest).length > 0) throw new InvalidRequestError('request has unexpected fields');
  return { word };
}

function fieldsOf(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidRequestError('request is not an object');
  return value as Record<string, unknown>;
}
