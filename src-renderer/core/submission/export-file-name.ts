import { shortTitle } from './cover-page.js';

/**
 * A file name for an exported document that every OS and every upload form accepts, led by
 * the candidate number as anonymous marking expects: "12345678 SEN7001 Part 1.docx".
 */
export function exportFileName(candidateNumber: string, moduleCode: string, title: string): string {
  const name = [candidateNumber, moduleCode, shortTitle(title)]
    .map(fileNamePart)
    .filter((part) => part !== '')
    .join(' ');
  return `${(name === '' ? 'Portfolio' : name).slice(0, 120).trim()}.docx`;
}

/** Text as part of a file name: characters some file systems refuse become spaces. */
export function fileNamePart(text: string): string {
  return text
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
