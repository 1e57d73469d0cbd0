/**
 * A file name for an exported piece that every OS and every upload form accepts,
 * led by the candidate number as anonymous marking expects: "12345678 Part 1.docx".
 */
export function exportFileName(candidateNumber: string, pieceTitle: string): string {
  const shortTitle = pieceTitle.split(/\s+[—–-]\s+/u)[0] ?? pieceTitle;
  const name = [candidateNumber, shortTitle]
    .map((part) => part.replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ').replace(/\s+/gu, ' ').trim())
    .filter((part) => part !== '')
    .join(' ');
  return `${(name === '' ? 'Portfolio' : name).slice(0, 120).trim()}.docx`;
}
