import { allWords, countedWords, type WordTally } from '../counting/word-tally.js';
import { evidenceCount, type EvidenceItem } from '../evidence/evidence.js';
import type { PieceSettings, SectionRole } from '../programme/programme.js';
import { sectionsOfPiece, sectionCounts, withTitle, type Section } from './portfolio.js';

export interface BreakdownRow {
  readonly label: string;
  /** Words written, of every kind. */
  readonly written: number;
  /** Words that count toward the piece's limit. */
  readonly counted: number;
  /** Why some or all of the words do not count, in the candidate's words; '' when all count. */
  readonly note: string;
}

const ROLE_NAMES: Readonly<Record<SectionRole, string>> = {
  body: 'Main text',
  abstract: 'Abstract',
  references: 'Reference list',
  appendix: 'Appendix',
};

/**
 * Every part of a piece's count, and why anything is left out: the breakdown a candidate
 * opens before declaring a count. Its counted words add up to `wordsInPiece`.
 */
export function pieceBreakdown(
  piece: PieceSettings,
  sections: readonly Section[],
  evidence: readonly EvidenceItem[],
  wordsNow: (section: Section) => WordTally = (section) => section.words,
): BreakdownRow[] {
  const rows: BreakdownRow[] = sectionsOfPiece(sections, piece.id).map((section) => {
    const words = withTitle(section, wordsNow(section));
    const written = allWords(words);
    if (!section.counted) return { label: section.title, written, counted: 0, note: 'Left out of the count by you' };
    if (!sectionCounts(section, piece))
      return {
        label: section.title,
        written,
        counted: 0,
        note: `${ROLE_NAMES[section.role]} — excluded by your programme’s rules`,
      };
    return {
      label: section.title,
      written,
      counted: countedWords(words, piece.counting),
      note: partlyExcluded(words, piece),
    };
  });
  for (const item of evidence.filter((candidate) => candidate.pieceId === piece.id)) {
    const count = evidenceCount(item, piece);
    const notes = [
      count.equivalence > 0 ? `with a word equivalence of ${count.equivalence.toLocaleString('en-GB')}` : '',
      partlyExcluded(item.commentaryWords, piece),
    ].filter((note) => note !== '');
    rows.push({
      label: `Evidence: ${item.title}`,
      written: allWords(item.commentaryWords),
      counted: count.total,
      note: notes.join('; '),
    });
  }
  return rows;
}

function partlyExcluded(words: WordTally, piece: PieceSettings): string {
  const left = [
    !piece.counting.headings && words.headings > 0 ? `${words.headings.toLocaleString('en-GB')} in headings` : '',
    !piece.counting.quotations && words.quotations > 0
      ? `${words.quotations.toLocaleString('en-GB')} in quotations`
      : '',
    !piece.counting.citations && words.citations > 0 ? `${words.citations.toLocaleString('en-GB')} in citations` : '',
    !piece.counting.tables && words.tables > 0 ? `${words.tables.toLocaleString('en-GB')} in tables` : '',
    !piece.counting.captions && words.captions > 0 ? `${words.captions.toLocaleString('en-GB')} in captions` : '',
  ].filter((part) => part !== '');
  return left.length === 0 ? '' : `Not counted under your programme’s rules: ${left.join(', ')}`;
}
