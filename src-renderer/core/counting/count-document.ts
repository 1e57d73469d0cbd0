import type { RichTextNode } from '../document/rich-text.js';
import { citationTexts, inlineText, TEXT_BLOCK_TYPES } from '../document/rich-text.js';
import { countWords } from './count-words.js';
import { addTallies, allWords, NO_WORDS, type WordTally } from './word-tally.js';

/**
 * Words in a section's document, by kind. Each paragraph, heading or list item is
 * counted on its own, since the end of a block separates words even where no space
 * was typed. Everything inside a block quote is a quotation.
 */
export function countDocumentTally(document: RichTextNode): WordTally {
  return tallyOf(document, false);
}

export function countDocumentWords(document: RichTextNode): number {
  return allWords(countDocumentTally(document));
}

/**
 * One text block's words by kind; shared with the editor's live count so the two agree.
 * `words` is counted with the citations in place, as Word sees the exported text
 * ("months (Ainscow, 2020)." is four words, not five); the citations' own words are then
 * taken out of it.
 */
export function blockTally(type: string, words: number, citations: readonly string[], inQuotation: boolean): WordTally {
  const cited = citations.reduce((sum, citation) => sum + countWords(citation), 0);
  const rest = Math.max(0, words - cited);
  if (inQuotation) return { ...NO_WORDS, quotations: rest, citations: cited };
  return type === 'heading' ? { ...NO_WORDS, headings: rest, citations: cited } : { ...NO_WORDS, text: rest, citations: cited };
}

function tallyOf(node: RichTextNode, inQuotation: boolean): WordTally {
  if (TEXT_BLOCK_TYPES.has(node.type)) return blockTally(node.type, countWords(inlineText(node, true)), citationTexts(node), inQuotation);
  const quoted = inQuotation || node.type === 'blockquote';
  return (node.content ?? []).reduce((sum, child) => addTallies(sum, tallyOf(child, quoted)), NO_WORDS);
}
