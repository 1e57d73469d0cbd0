import { blockTexts, FIGURE, type RichTextNode } from '../document/rich-text.js';
import { wholeNamesPattern } from './whole-name.js';

/**
 * Putting a pseudonym in place of a real name, everywhere it is written. Occurrences are
 * found exactly as the check finds a listed name (whole words, any case, "Jamie’s" keeping
 * its ’s), so after replacing, the check no longer flags that name.
 */

export interface ReplacedText {
  readonly text: string;
  readonly replaced: number;
}

/** A plain field (a title, a note). A blank name or pseudonym replaces nothing: none has been chosen yet. */
export function replaceNameInText(text: string, name: string, pseudonym: string): ReplacedText {
  const pattern = pseudonym.trim() === '' ? undefined : wholeNamesPattern([name]);
  if (pattern === undefined) return { text, replaced: 0 };
  let replaced = 0;
  const result = text.replace(pattern, () => {
    replaced++;
    return pseudonym;
  });
  return { text: result, replaced };
}

/**
 * A section's document with the name replaced in every text node, however deeply nested
 * (tables, captions, quotations, lists), marks and structure kept; nodes without the name are
 * shared with the input, which is never changed. A figure's picture name is replaced too,
 * because the export writes it into the file as the picture's description.
 *
 * Each text node is searched on its own, so a name split across two runs with different
 * marks ("Ja" plain, "mie" bold) is not replaced; the check, which reads whole blocks,
 * still flags it.
 */
export function replaceNameInDocument(
  document: RichTextNode,
  name: string,
  pseudonym: string,
): { readonly document: RichTextNode; readonly replaced: number } {
  if (pseudonym.trim() === '' || wholeNamesPattern([name]) === undefined) return { document, replaced: 0 };
  let replaced = 0;
  const visit = (node: RichTextNode): RichTextNode => {
    let changed = node;
    if (node.type === 'text' && node.text !== undefined) {
      const result = replaceNameInText(node.text, name, pseudonym);
      replaced += result.replaced;
      if (result.replaced > 0) changed = { ...changed, text: result.text };
    }
    const pictureName = node.attrs?.['name'];
    if (node.type === FIGURE && typeof pictureName === 'string') {
      const result = replaceNameInText(pictureName, name, pseudonym);
      replaced += result.replaced;
      if (result.replaced > 0) changed = { ...changed, attrs: { ...node.attrs, name: result.text } };
    }
    if (node.content === undefined) return changed;
    const content = node.content.map(visit);
    return content.every((child, index) => child === node.content?.[index]) ? changed : { ...changed, content };
  };
  const result = visit(document);
  return { document: result, replaced };
}

/**
 * A document's text for the check: each paragraph, heading or caption on its own, a blank
 * line between. Citations are left out: they name the authors read, not anyone in school.
 */
export function plainTextOf(document: RichTextNode): string {
  return blockTexts(document).join('\n\n');
}
