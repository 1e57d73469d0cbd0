import type { WordTally } from '../core/counting/word-tally.js';
import type { EvidenceItem } from '../core/evidence/evidence.js';
import { sectionWordsTowardLimit, wordsInPiece, type Section } from '../core/portfolio/portfolio.js';
import type { PieceSettings } from '../core/programme/programme.js';
import { useSession } from '../session/session-store.js';
import { WordTarget } from './WordTarget.js';

/**
 * Counters that follow the editor's live count. Each subscribes only to the count it shows,
 * so a keystroke re-renders the counters that change and nothing else on the screen.
 */
function useLiveWordsIn(
  sections: readonly Section[],
): { readonly sectionId: string; readonly words: WordTally } | undefined {
  return useSession((state) =>
    state.liveCount !== undefined && sections.some((section) => section.id === state.liveCount?.sectionId)
      ? state.liveCount
      : undefined,
  );
}

function wordsNowWith(live: { readonly sectionId: string; readonly words: WordTally } | undefined) {
  return (section: Section) => (live?.sectionId === section.id ? live.words : section.words);
}

/** A piece's live total against its target. */
export function LivePieceTarget({
  piece,
  sections,
  evidence,
}: {
  readonly piece: PieceSettings;
  readonly sections: readonly Section[];
  readonly evidence: readonly EvidenceItem[];
}) {
  const live = useLiveWordsIn(sections.filter((section) => section.pieceId === piece.id));
  return <WordTarget words={wordsInPiece(piece, sections, evidence, wordsNowWith(live))} piece={piece} />;
}

/** A section's live words toward its piece's limit. */
export function LiveSectionCount({ section, piece }: { readonly section: Section; readonly piece: PieceSettings }) {
  const live = useSession((state) => (state.liveCount?.sectionId === section.id ? state.liveCount.words : undefined));
  const words = sectionWordsTowardLimit(section, piece, live ?? section.words);
  return (
    <span
      className="section-count"
      title={words === 0 && section.words.text > 0 ? 'Not counted toward the limit' : undefined}
    >
      {words.toLocaleString('en-GB')}
    </span>
  );
}

/** For screens shown while nobody is typing (overview, breakdown): every section's words now. */
export function useWordsNow(): (section: Section) => WordTally {
  return wordsNowWith(useSession((state) => state.liveCount));
}
