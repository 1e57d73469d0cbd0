import type { RichTextNode } from '../document/rich-text.js';
import { inlineText, TEXT_BLOCK_TYPES } from '../document/rich-text.js';
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

function tallyOf(node: RichTextNode, inQuotation: boolean): WordTally {
  if (TEXT_BLOCK_TYPES.has(node.type)) {
    const words = countWords(inlineText(node));
    if (inQuotation) return { ...NO_WORDS, quotations: words };
    return node.type === 'heading' ? { ...NO_WORDS, headings: words } : { ...NO_WORDS, text: words };
  }
  const quoted = inQuotation || node.type === 'blockquote';
  return (node.content ?? []).reduce((sum, child) => addTallies(sum, tallyOf(child, quoted)), NO_WORDS);
}
