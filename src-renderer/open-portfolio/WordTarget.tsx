import { judgeWordCount } from '../core/counting/word-target.js';
import type { PieceSettings } from '../core/programme/programme.js';

const STATE_LABELS = { under: 'Under', within: 'Within range', over: 'Over', 'no-limit': '' } as const;

/**
 * "1,234 / 5,000 words" with a bar and, in words as well as colour, where the count
 * stands against the tolerance band.
 */
export function WordTarget({ words, piece }: { readonly words: number; readonly piece: PieceSettings }) {
  const progress = judgeWordCount(words, piece.targetWords, piece.tolerance);
  return (
    <div className={`word-target ${progress.state}`} data-state={progress.state}>
      <span className="word-target-text" data-words={words}>
        {progress.text}
      </span>
      {/* A bar, not a <meter>, whose colours are the browser's own: this one is coloured by the state, as its words are. */}
      {progress.state !== 'no-limit' && (
        <span className="word-target-bar" aria-hidden="true">
          <span style={{ width: `${Math.round(progress.fraction * 100)}%` }} />
        </span>
      )}
      <span className="word-target-verdict">
        {STATE_LABELS[progress.state] === ''
          ? progress.verdict
          : `${STATE_LABELS[progress.state]}: ${progress.verdict}`}
      </span>
    </div>
  );
}
