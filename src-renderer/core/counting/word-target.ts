const WHOLE_NUMBER = new Intl.NumberFormat('en-GB');

export interface WordTargetProgress {
  /** "1,234 / 5,000 words" */
  readonly text: string;
  /** How far towards the target, from 0 to 1 (capped), for a progress bar. */
  readonly fraction: number;
  readonly over: boolean;
}

/** How a count stands against its target, as the counters show it. */
export function describeWordTarget(words: number, target: number): WordTargetProgress {
  return {
    text: `${WHOLE_NUMBER.format(words)} / ${WHOLE_NUMBER.format(target)} words`,
    fraction: target > 0 ? Math.min(words / target, 1) : 0,
    over: words > target,
  };
}

export function formatWords(words: number): string {
  return `${WHOLE_NUMBER.format(words)} ${words === 1 ? 'word' : 'words'}`;
}
