import type { RichTextNode } from '../document/rich-text.js';
import { spaceCitations } from '../document/citation-spacing.js';
import { CITATION, citationTexts, FIGURE_CAPTION, inlineText, TABLE, TEXT_BLOCK_TYPES } from '../document/rich-text.js';
import { countWords } from './count-words.js';
import { addTallies, allWords, NO_WORDS, type WordTally } from './word-tally.js';

/**
 * Where a text block sits, which decides what kind its words are: everything in a table is
 * table text (a programme's tables switch), everything else in a block quote is quotation.
 */
export type Place = 'body' | 'quotation' | 'table';

/** The place of a node's children, given the node's own place. */
export function placeInside(type: string, place: Place): Place {
  if (type === TABLE || place === 'table') return 'table';
  return type === 'blockquote' ? 'quotation' : place;
}

/** "Figure 3:", which the export writes before every caption: two words. */
export const FIGURE_LABEL_WORDS = 2;

/**
 * Words in a section's document, by kind. Each paragraph, heading, list item or caption is
 * counted on its own, since the end of a block separates words even where no space was typed.
 */
export function countDocumentTally(document: RichTextNode): WordTally {
  return tallyOf(document, 'body');
}

export function countDocumentWords(document: RichTextNode): number {
  return allWords(countDocumentTally(document));
}

/**
 * One text block's words by kind; shared with the editor's live count so the two agree.
 * `words` is counted with the citations in place, as Word sees the exported text
 * ("months (Ainscow, 2020)." is four words, not five); the citations' own words are then
 * taken out of it. A caption is counted with the "Figure N:" the export puts before it.
 */
export function blockTally(type: string, words: number, citations: readonly string[], place: Place): WordTally {
  const cited = citations.reduce((sum, citation) => sum + countWords(citation), 0);
  const rest = Math.max(0, words - cited);
  const label = type === FIGURE_CAPTION ? FIGURE_LABEL_WORDS : 0;
  if (place === 'table') return { ...NO_WORDS, tables: rest + cited + label };
  if (type === FIGURE_CAPTION) return { ...NO_WORDS, captions: rest + label, citations: cited };
  if (place === 'quotation') return { ...NO_WORDS, quotations: rest, citations: cited };
  return type === 'heading'
    ? { ...NO_WORDS, headings: rest, citations: cited }
    : { ...NO_WORDS, text: rest, citations: cited };
}

/**
 * A text block's words as the exported document will have them: a citation is spaced there as a
 * writer expects (core/document/citation-spacing.ts), whatever was typed around it.
 */
export function textBlockWords(block: RichTextNode): number {
  const content = block.content ?? [];
  return countWords(
    inlineText(
      content.some((child) => child.type === CITATION) ? { ...block, content: spaceCitations(content) } : block,
      true,
    ),
  );
}

function tallyOf(node: RichTextNode, place: Place): WordTally {
  if (TEXT_BLOCK_TYPES.has(node.type)) return blockTally(node.type, textBlockWords(node), citationTexts(node), place);
  const inside = placeInside(node.type, place);
  return (node.content ?? []).reduce((sum, child) => addTallies(sum, tallyOf(child, inside)), NO_WORDS);
}
