import type { Finding } from './identifying-data.js';

/**
 * Dates of birth: a date shortly after a word that says it is one ("born on 14 March 2016",
 * "DOB: 14/03/16"). Other dates, such as when a review met, are what a portfolio is made of
 * and are left alone.
 */

const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
// A date written any of the usual ways: "2016-03-14", "14/03/2016", "14.03.16", "14th of March 2016", "March 2016", "March 14th, 2016".
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})(?:,?\s+\d{4})?|(?:${MONTH})\s+\d{4}|(?:${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)(?![\p{L}\p{N}])`,
  'giu',
);
// A word that says the next date is a birth date: "born", "DOB", "D.O.B.", "date of birth", "birthday"; not "born of" or "born out of" a review.
const BIRTH_CUE =
  /(?<![\p{L}])(?:born(?!\s+(?:of|out\s+of|from)\s)|d\.?o\.?b\.?|date\s+of\s+birth|birth\s?date|birthday)(?![\p{L}])/giu;
// A sentence ending between the cue and the date: the date belongs to the next sentence.
const SENTENCE_END = /[.!?]\s/u;
/** How far after its cue a date of birth may start: room for "was born in Leeds on a Tuesday, ". */
const MOST_CHARACTERS_BETWEEN = 40;

interface Span {
  readonly start: number;
  readonly end: number;
}

function spansOf(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function findDatesOfBirth(text: string): Finding[] {
  const dates = spansOf(text, DATE);
  const findings: Finding[] = [];
  let next = 0;
  for (const cue of spansOf(text, BIRTH_CUE)) {
    while ((dates[next]?.start ?? Infinity) < cue.end) next++;
    // Only the first date after the cue: in "born 14/03/2016, reviewed 20/05/2024" the second is not a birth date.
    const date = dates[next];
    if (date === undefined || date.start - cue.end > MOST_CHARACTERS_BETWEEN) continue;
    if (SENTENCE_END.test(text.slice(cue.end, date.start))) continue;
    // Two cues before one date ("born … birthday") give one finding; dates come in order, so it would be the last.
    if (findings.at(-1)?.start === date.start) continue;
    findings.push({
      kind: 'date-of-birth',
      start: date.start,
      end: date.end,
      text: text.slice(date.start, date.end),
      reason: 'Looks like a date of birth.',
    });
  }
  return findings;
}
