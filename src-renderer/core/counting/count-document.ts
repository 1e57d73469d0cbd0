import { inlineText, textBlocks, type RichTextNode } from '../document/rich-text.js';
import { countWords } from './count-words.js';

/**
 * Words in a section's document. Each paragraph, heading or list item is counted on its
 * own, since the end of a block separates words even where no space was typed.
 */
export function countDocumentWords(document: RichTextNode): number {
  let total = 0;
  for (const block of textBlocks(document)) total += countWords(inlineText(block));
  return total;
}
