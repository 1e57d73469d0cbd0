import type { ExportDocxRequest, ShowSavedFileRequest } from '../contract.js';

/** Far above any real portfolio with images, far below what would strain memory. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
}

/**
 * Checks an export request that arrived over IPC. Everything from the renderer is
 * untrusted: the shape, the size, and the name (which must not carry a path).
 */
export function parseExportDocxRequest(value: unknown): ExportDocxRequest {
  if (typeof value !== 'object' || value === null) throw new InvalidRequestError('request is not an object');
  const { suggestedFileName, bytes } = value as Record<string, unknown>;
  if (typeof suggestedFileName !== 'string') throw new InvalidRequestError('suggestedFileName is not text');
  if (!(bytes instanceof Uint8Array)) throw new InvalidRequestError('bytes is not a Uint8Array');
  if (bytes.byteLength > MAX_EXPORT_BYTES) throw new InvalidRequestError('document is too large');
  // Every .docx is a zip, and every zip starts "PK\x03\x04".
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new InvalidRequestError('bytes are not a .docx file');
  }
  return { suggestedFileName: safeDocxFileName(suggestedFileName), bytes };
}

/**
 * A file name that is valid on Windows, macOS and Linux and cannot name another folder:
 * no separators, no reserved characters, no leading dots, at most 120 characters, ending .docx.
 */
export function safeDocxFileName(name: string): string {
  // Only the last segment: a suggested name must never point into another folder.
  const stem = (name.split(/[\\/]/).pop() ?? '')
    .replace(/\.docx$/i, '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120)
    .trim();
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem);
  return `${stem === '' || reserved ? 'Portfolio' : stem}.docx`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** Checks a request to show a saved file: nothing but one id of the kind the main process hands out. */
export function parseShowSavedFileRequest(value: unknown): ShowSavedFileRequest {
  if (typeof value !== 'object' || value === null) throw new InvalidRequestError('request is not an object');
  const { savedFileId, ...rest } = value as Record<string, unknown>;
  if (typeof savedFileId !== 'string' || !UUID.test(savedFileId)) throw new InvalidRequestError('savedFileId is not an id');
  if (Object.keys(rest).length > 0) throw new InvalidRequestError('request has unexpected fields');
  return { savedFileId };
}
