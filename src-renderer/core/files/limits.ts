/**
 * The app's limits, in one place. What the app accepts and what its files may carry are
 * derived from these, so a file the app accepted can always be backed up, shared and
 * restored, and a portfolio file can never carry more than the app would have accepted.
 */

/** A picture in the text or a file attached to evidence: far above a phone photo or a scanned PDF, far below what strains storage. */
export const MAX_STORED_FILE_BYTES = 20 * 1024 * 1024;

/** A whole portfolio file, as read from disk or written: far above any real portfolio with pictures. */
export const MAX_PORTFOLIO_FILE_BYTES = 1024 * 1024 * 1024;

/** Megabytes, as people read them in messages: "19.4 MB", "20 MB". */
export function megabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}
