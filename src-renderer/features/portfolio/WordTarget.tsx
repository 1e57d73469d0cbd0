import { describeWordTarget } from '../../core/counting/word-target.js';

/** "1,234 / 5,000 words" with a bar; the bar is decoration, the text is what is read out. */
export function WordTarget({ words, target, label }: { readonly words: number; readonly target: number; readonly label: string }) {
  const progress = describeWordTarget(words, target);
  return (
    <div className={progress.over ? 'word-target over' : 'word-target'}>
      <span className="word-target-text" aria-label={`${label}: ${progress.text}`} data-words={words}>
        {progress.text}
      </span>
      <meter aria-hidden="true" min={0} max={1} value={progress.fraction} />
    </div>
  );
}
