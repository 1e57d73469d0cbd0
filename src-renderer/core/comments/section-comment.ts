import type { RecordAuthor } from '../mentor/mentor-handbook.js';

/**
 * Comments on a section's text, by the candidate or their mentor, shown in the editor's
 * margin. A comment on a passage keeps the passage's own words with a little of the text on
 * either side, not a position: positions change with every edit, words mostly do not.
 */
export interface PassageAnchor {
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface CommentReply {
  readonly id: string;
  readonly author: RecordAuthor;
  readonly text: string;
  readonly createdAt: number;
}

export interface SectionComment {
  readonly id: string;
  readonly portfolioId: string;
  readonly sectionId: string;
  /** Null for a comment on the section as a whole. */
  readonly anchor: PassageAnchor | null;
  readonly author: RecordAuthor;
  readonly text: string;
  readonly createdAt: number;
  readonly replies: readonly CommentReply[];
  /** When it was marked resolved; null while open. */
  readonly resolvedAt: number | null;
}

/** Characters of context kept on each side of a passage. */
const CONTEXT = 32;

/** The anchor for the passage from `start` to `end` in the section's text. */
export function anchorAt(text: string, start: number, end: number): PassageAnchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/** Where a comment's passage is now: found as written, moved to the nearest surviving place, or gone. */
export type PassagePlace = { readonly start: number; readonly end: number; readonly moved: boolean };

/**
 * Finds a passage in the section's text as it is now. The quote wherever it occurs, preferring
 * the occurrence whose surroundings match best; if the quote itself was changed, the place
 * where its surroundings still are (after its prefix, or before its suffix), marked as moved.
 * Undefined when nothing of it survives: the comment then belongs to the section as a whole.
 */
export function locatePassage(text: string, anchor: PassageAnchor): PassagePlace | undefined {
  const { quote, prefix, suffix } = anchor;
  if (quote !== '') {
    let best: number | undefined;
    let bestScore = -1;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      const score =
        sharedEnd(text.slice(Math.max(0, at - prefix.length), at), prefix) +
        sharedStart(text.slice(at + quote.length), suffix);
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
    }
    if (best !== undefined) return { start: best, end: best + quote.length, moved: false };
  }
  if (prefix.trim().length >= 8) {
    const at = text.indexOf(prefix);
    if (at !== -1) return nearestWord(text, at + prefix.length);
  }
  if (suffix.trim().length >= 8) {
    const at = text.indexOf(suffix);
    if (at !== -1) return nearestWord(text, Math.max(0, at - 1));
  }
  return undefined;
}

/** The word at or after `at` (or before it, at the end of the text), as a moved place. */
function nearestWord(text: string, at: number): PassagePlace {
  const after = /\S+/u.exec(text.slice(at));
  if (after !== null) return { start: at + after.index, end: at + after.index + after[0].length, moved: true };
  const before = /\S+\s*$/u.exec(text.slice(0, at));
  const start = before?.index ?? at;
  return { start, end: start + (before?.[0].trimEnd().length ?? 0), moved: true };
}

function sharedEnd(a: string, b: string): number {
  let count = 0;
  while (count < a.length && count < b.length && a[a.length - 1 - count] === b[b.length - 1 - count]) count++;
  return count;
}

function sharedStart(a: string, b: string): number {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count++;
  return count;
}
