import type { PassageAnchor, SectionComment } from '../core/comments/section-comment.js';
import type { RecordAuthor } from '../core/mentor/mentor-handbook.js';
import type { PortfolioDatabase } from './database.js';
import { UserFacingError } from '../core/failure/failure.js';

const MAX_COMMENT = 5000;

function checkedText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new UserFacingError('Write the comment first.');
  if (trimmed.length > MAX_COMMENT)
    throw new UserFacingError(
      `Keep a comment under ${MAX_COMMENT.toLocaleString('en-GB')} characters; split a longer one in two.`,
    );
  return trimmed;
}

/** A section's comments, oldest first. */
export async function commentsOfSection(db: PortfolioDatabase, sectionId: string): Promise<SectionComment[]> {
  const comments = await db.sectionComments.where('sectionId').equals(sectionId).toArray();
  return comments.sort((a, b) => a.createdAt - b.createdAt);
}

export async function addSectionComment(
  db: PortfolioDatabase,
  comment: {
    readonly portfolioId: string;
    readonly sectionId: string;
    readonly anchor: PassageAnchor | null;
    readonly author: RecordAuthor;
    readonly text: string;
  },
  now = Date.now(),
): Promise<string> {
  const id = crypto.randomUUID();
  await db.sectionComments.add({
    ...comment,
    id,
    text: checkedText(comment.text),
    createdAt: now,
    replies: [],
    resolvedAt: null,
  });
  return id;
}

export async function replyToComment(
  db: PortfolioDatabase,
  commentId: string,
  reply: { readonly author: RecordAuthor; readonly text: string },
  now = Date.now(),
): Promise<void> {
  const text = checkedText(reply.text);
  await db.transaction('rw', db.sectionComments, async () => {
    const comment = await db.sectionComments.get(commentId);
    if (comment === undefined) throw new UserFacingError('This comment no longer exists.');
    await db.sectionComments.update(commentId, {
      replies: [...comment.replies, { id: crypto.randomUUID(), author: reply.author, text, createdAt: now }],
    });
  });
}

/** Marks a comment resolved (it leaves the text, and stays listed under “Resolved”), or opens it again. */
export async function setCommentResolved(
  db: PortfolioDatabase,
  commentId: string,
  resolved: boolean,
  now = Date.now(),
): Promise<void> {
  await db.sectionComments.update(commentId, { resolvedAt: resolved ? now : null });
}

/** Deletes a comment, noting the deletion so that feedback brought in again does not bring it back. */
export async function deleteSectionComment(
  db: PortfolioDatabase,
  commentId: string,
  now = Date.now(),
): Promise<SectionComment | undefined> {
  return db.transaction('rw', db.sectionComments, db.deletions, async () => {
    const comment = await db.sectionComments.get(commentId);
    if (comment === undefined) return undefined;
    await db.sectionComments.delete(commentId);
    await db.deletions.put({ kind: 'comment', id: commentId, portfolioId: comment.portfolioId, deletedAt: now });
    return comment;
  });
}

/** Undoes a deletion. */
export async function restoreSectionComment(db: PortfolioDatabase, comment: SectionComment): Promise<void> {
  await db.transaction('rw', db.sectionComments, db.deletions, async () => {
    await db.sectionComments.put(comment);
    await db.deletions.delete(comment.id);
  });
}
