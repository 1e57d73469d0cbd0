import type { RichTextNode } from '../core/document/rich-text.js';
import type { PortfolioDatabase } from './database.js';
import { saveEvidenceCommentary } from './evidence.js';
import { saveSectionDocument } from './sections.js';

/**
 * The open text, kept at the moment the page went with words not yet saved (a close, a reload,
 * a quit in the last fraction of a second), and put in its place at the next start. IndexedDB
 * cannot finish a write while a page is going away; the browser's local storage is written at
 * once (app/keep-work-on-leaving.ts).
 */
export type TextPlace =
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'commentary'; readonly evidenceId: string };

export interface KeptText {
  readonly place: TextPlace;
  readonly document: RichTextNode;
  /** When the page went. */
  readonly at: number;
}

/**
 * A save may have finished just after the words were kept, with text a moment older than them
 * (the save under way when the page went); only a change made well after is someone's later
 * edit, in another window, to be left alone.
 */
const LATER_EDIT_MS = 60_000;

/**
 * Saves kept words in their place unless they are there already, the text is gone, or it was
 * edited well after they were kept; says where they went, or undefined.
 */
export async function putBackKeptText(
  db: PortfolioDatabase,
  kept: KeptText,
  now = Date.now(),
): Promise<string | undefined> {
  const same = (stored: RichTextNode | undefined) => JSON.stringify(stored) === JSON.stringify(kept.document);
  if (kept.place.kind === 'section') {
    const section = await db.sections.get(kept.place.sectionId);
    if (
      section === undefined ||
      section.updatedAt > kept.at + LATER_EDIT_MS ||
      same((await db.sectionContents.get(section.id))?.document)
    )
      return undefined;
    await saveSectionDocument(db, section.id, kept.document, now);
    return `“${section.title}”`;
  }
  const item = await db.evidence.get(kept.place.evidenceId);
  if (
    item === undefined ||
    item.updatedAt > kept.at + LATER_EDIT_MS ||
    same((await db.evidenceCommentaries.get(item.id))?.document)
  )
    return undefined;
  await saveEvidenceCommentary(db, item.id, kept.document, now);
  return `the commentary on “${item.title}”`;
}
