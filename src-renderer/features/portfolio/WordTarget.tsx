import { judgeWordCount } from '../../core/counting/word-target.js';
import type { PieceSettings } from '../../core/programme/programme.js';

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
      {progress.state !== 'no-limit' && <meter aria-hidden="true" min={0} max={1} value={progress.fraction} />}
      <span className="word-target-verdict">
        {STATE_LABELS[progress.state] === '' ? progress.verdict : `${STATE_LABELS[progress.state]}: ${progress.verdict}`}
      </span>
    </div>
  );
}
