import { CITATION, type RichTextNode } from './rich-text.js';

/**
 * Spacing around an in-text citation as a writer expects it: "support (Webster and
 * Blatchford, 2015)." — one space before the citation, none between it and the punctuation
 * that follows, one before a following word. The editor applies these rules where a citation
 * goes in and where punctuation is typed after one; the export applies them to everything,
 * so text written before the rules existed comes out right too.
 */

/** Replace the characters from `from` up to `to` of the text the rule looked at with `insert`. */
export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** Brackets and quotation marks that open: the citation sits straight after them. */
const OPENING = new Set(['(', '[', '{', '“', '‘', '«']);
/** Dashes and slashes join what is either side of them without a space. */
const JOINING = new Set(['-', '‐', '–', '—', '/']);
/** Punctuation that closes up to the word (or citation) before it. */
const CLOSING = new Set(['.', ',', ';', ':', '?', '!', ')', ']', '}', '’', '”', '»', '…']);
/** Straight quotation marks open or close depending on what is either side of them. */
const STRAIGHT_QUOTES = new Set(['"', "'"]);
/** A non-breaking space counts: it is the space the writer asked for, just unbreakable. */
const SPACES = new Set([' ', '\u00a0']);

const isSpace = (character: string | undefined) => character !== undefined && SPACES.has(character);
const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

function spacesAtStart(text: string): number {
  let count = 0;
  while (isSpace(text[count])) count++;
  return count;
}

function spacesAtEnd(text: string): number {
  let count = 0;
  while (isSpace(text[text.length - 1 - count])) count++;
  return count;
}

/** Whether the text ends where a citation needs no space before it: an opening bracket or quotation mark, a dash, a slash. */
function endsOpen(text: string): boolean {
  const last = text.at(-1) ?? '';
  if (OPENING.has(last) || JOINING.has(last)) return true;
  // A straight quotation mark after a space (or starting the line) opens a quotation.
  const beforeLast = text.at(-2);
  return STRAIGHT_QUOTES.has(last) && (beforeLast === undefined || isSpace(beforeLast) || OPENING.has(beforeLast));
}

/** Whether the text starts with punctuation that belongs against the citation before it. */
function startsClosing(text: string): boolean {
  const first = text[0] ?? '';
  // A straight quotation mark before a word opens a quotation; anywhere else it closes one.
  return CLOSING.has(first) || (STRAIGHT_QUOTES.has(first) && !isWordCharacter(text[1]));
}

/** Whether the text starts a new word, which needs a space between it and the citation. */
function startsWord(text: string): boolean {
  const first = text[0];
  // Not a straight apostrophe: "(2015)'s" is the writer's own doing, and left alone.
  return isWordCharacter(first) || OPENING.has(first ?? '') || (first === '"' && isWordCharacter(text[1]));
}

/**
 * How to change the text just before a citation (the rest of its line up to the citation; ''
 * at the start of a line) so exactly one space stands between them, or none after an opening
 * bracket or quotation mark. Undefined when it is right already.
 */
export function spacingBeforeCitation(before: string): TextEdit | undefined {
  const end = before.length;
  const spaces = spacesAtEnd(before);
  if (spaces > 1) return { from: end - spaces + 1, to: end, insert: '' };
  if (spaces === 1 || before === '' || endsOpen(before)) return undefined;
  return { from: end, to: end, insert: ' ' };
}

/**
 * How to change the text just after a citation (the rest of its line; '' at the end of a line)
 * so no space stands before following punctuation and one stands before a following word.
 * Spaces at the end of the line are left: the writer may be about to type the next word.
 * Undefined when it is right already.
 */
export function spacingAfterCitation(after: string): TextEdit | undefined {
  const spaces = spacesAtStart(after);
  const next = after.slice(spaces);
  if (next === '') return undefined;
  if (startsClosing(next)) return spaces === 0 ? undefined : { from: 0, to: spaces, insert: '' };
  if (spaces > 1) return { from: 1, to: spaces, insert: '' };
  if (spaces === 0 && startsWord(next)) return { from: 0, to: 0, insert: ' ' };
  return undefined;
}

/**
 * Whether text typed after a citation and a space closes up to the citation, taking the
 * space away: a full stop does, a word does not. A straight quotation mark does not either,
 * since as it is typed it may be opening a quotation.
 */
export function closesUpToCitation(typed: string): boolean {
  return CLOSING.has(typed[0] ?? '');
}

/** Whether the text is one or more spaces and nothing else. */
export function isOnlySpaces(text: string): boolean {
  return text !== '' && spacesAtStart(text) === text.length;
}

export function applyEdit(text: string, edit: TextEdit | undefined): string {
  return edit === undefined ? text : text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/**
 * A text block's content with the spacing either side of each citation put right, as the
 * export writes it.
 */
export function spaceCitations(content: readonly RichTextNode[]): readonly RichTextNode[] {
  if (!content.some((node) => node.type === CITATION)) return content;
  return content.map((node, index) => {
    if (node.type !== 'text' || node.text === undefined) return node;
    const beforeACitation = content[index + 1]?.type === CITATION;
    const afterACitation = content[index - 1]?.type === CITATION;
    // The edit at the end goes first, so the one at the start still finds its place; they never overlap.
    const atEnd = beforeACitation ? applyEdit(node.text, spacingBeforeCitation(node.text)) : node.text;
    const text = afterACitation ? applyEdit(atEnd, spacingAfterCitation(node.text)) : atEnd;
    return text === node.text ? node : { ...node, text };
  });
}
