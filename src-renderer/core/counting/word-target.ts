import type { Tolerance } from '../programme/programme.js';

const WHOLE_NUMBER = new Intl.NumberFormat('en-GB');
const n = (value: number) => WHOLE_NUMBER.format(value);

export type WordTargetState = 'under' | 'within' | 'over' | 'no-limit';

export interface WordTargetProgress {
  readonly state: WordTargetState;
  /** "1,234 / 5,000 words", or "1,234 words" without a limit. */
  readonly text: string;
  /** Where the count stands, in words, so colour is never the only sign: "312 over the 5,500 maximum". */
  readonly verdict: string;
  /** How far towards the target, from 0 to 1 (capped), for a progress bar. */
  readonly fraction: number;
}

/**
 * How a count stands against its target and tolerance band: under the lowest
 * count allowed, within the band, or over the highest.
 */
export function judgeWordCount(words: number, target: number | null, tolerance: Tolerance): WordTargetProgress {
  if (target === null) return { state: 'no-limit', text: formatWords(words), verdict: 'No word limit', fraction: 0 };
  const lowest = Math.ceil((target * (100 - tolerance.belowPercent)) / 100);
  const highest = Math.floor((target * (100 + tolerance.abovePercent)) / 100);
  const text = `${n(words)} / ${n(target)} words`;
  const fraction = Math.min(words / target, 1);
  if (words > highest)
    return { state: 'over', text, fraction, verdict: `${n(words - highest)} over the ${n(highest)} maximum` };
  if (words < lowest)
    return { state: 'under', text, fraction, verdict: `${n(lowest - words)} to go to the ${n(lowest)} minimum` };
  return {
    state: 'within',
    text,
    fraction,
    verdict: lowest === highest ? 'On target' : `Within ${n(lowest)}–${n(highest)}`,
  };
}

export function formatWords(words: number): string {
  return `${n(words)} ${words === 1 ? 'word' : 'words'}`;
}
