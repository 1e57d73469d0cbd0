/** A file as the app keeps it beside a portfolio: a picture in the text or an attachment to evidence. */
export interface KeptFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/**
 * A name safe to show and to offer as a download: the last part of any path, without the
 * characters Windows, macOS or Linux reserve or the ones that reverse text on screen
 * ("report\u202Efdp.exe" shows as "reportexe.pdf"), at most 150 characters, ending in one of
 * `extensions` (the first is added when it ends in none), so "report.pdf.exe" kept as a PDF
 * becomes "report.pdf.exe.pdf" and opens as a PDF.
 */
export function safeFileName(name: string, extensions: readonly string[], fallback: string): string {
  const stem = (name.split(/[\\/]/u).pop() ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '')
    .slice(0, 150)
    .trim();
  const named = stem === '' ? fallback : stem;
  const extension = /\.([^.]+)$/u.exec(named)?.[1]?.toLowerCase();
  if (extension !== undefined && extensions.includes(extension)) return named;
  return extensions[0] === undefined ? named : `${named}.${extensions[0]}`;
}
