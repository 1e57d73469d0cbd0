import { allWords, countedWords } from '../../core/counting/word-tally.js';
import { formatWords, judgeWordCount } from '../../core/counting/word-target.js';
import type { EvidenceItem } from '../../core/evidence/evidence.js';
import {
  sectionCounts,
  sectionWordsTowardLimit,
  withTitle,
  wordsInPiece,
  type Section,
} from '../../core/portfolio/portfolio.js';
import type { PieceSettings } from '../../core/programme/programme.js';
import { useSession } from '../../session/session-store.js';

export interface SectionWordCountProps {
  readonly section: Section;
  readonly piece: PieceSettings;
  readonly sections: readonly Section[];
  readonly evidence: readonly EvidenceItem[];
}

/** Pixels the caret keeps clear of at the foot of the screen for the status bar, which sticks there. */
export const STATUS_BAR_CLEARANCE = 120;

/** The editor's status bar: this section, the selection, and the whole piece against its target, as the candidate types. */
export function SectionWordCount({ section, piece, sections, evidence }: SectionWordCountProps) {
  const sectionId = section.id;
  const words = useSession((state) => (state.liveCount?.sectionId === sectionId ? state.liveCount.words : undefined));
  const selected = useSession((state) => state.selectionWords);
  if (words === undefined)
    return (
      <div className="status-bar">
        <p className="section-word-count" data-testid="section-word-count" />
      </div>
    );
  const total = allWords(words);
  const pieceWords = wordsInPiece(piece, sections, evidence, (section) =>
    section.id === sectionId ? words : section.words,
  );
  // The same number the navigation shows for the section: its title counts as the heading it is in the document.
  const towardLimit = sectionWordsTowardLimit(section, piece, words);
  const onlyTheTitle =
    countedWords(words, piece.counting) === total && allWords(withTitle(section, words)) === towardLimit;
  const note = !sectionCounts(section, piece)
    ? ' · not counted toward the limit'
    : towardLimit === total
      ? ''
      : ` · ${formatWords(towardLimit)} toward the limit${onlyTheTitle ? ' (the title counts as a heading)' : ''}`;
  return (
    <div className="status-bar">
      <p className="section-word-count" data-testid="section-word-count">
        {`${formatWords(total)} in this section${note}`}
      </p>
      {selected !== undefined && <p data-testid="selection-word-count">{`${formatWords(selected)} selected`}</p>}
      <p data-testid="piece-word-count">{`${piece.title}: ${judgeWordCount(pieceWords, piece.targetWords, piece.tolerance).text}`}</p>
    </div>
  );
}
