import { useState } from 'react';
import { showNotice } from '../../session/session-store.js';
import type { PassageAnchor, PassagePlace, SectionComment } from '../../core/comments/section-comment.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import { appDatabase } from '../../db/app-database.js';
import { focusTheText } from '../../ui/focus.js';
import {
  addSectionComment,
  deleteSectionComment,
  replyToComment,
  restoreSectionComment,
  setCommentResolved,
} from '../../db/section-comments.js';
import { formText } from '../../ui/form-text.js';
import { Problem } from '../../ui/Problem.js';
import { readAuthor, RecordAuthorSelect, useAuthorWords } from '../mentor/RecordAuthorSelect.js';
import { useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';
import { useFormSubmit } from '../../ui/use-form-submit.js';

export interface CommentsMarginProps {
  readonly portfolioId: string;
  readonly sectionId: string;
  readonly comments: readonly SectionComment[];
  readonly places: ReadonlyMap<string, PassagePlace | undefined>;
  /** A comment being written, on this passage (null: the section as a whole). */
  readonly draft: { readonly anchor: PassageAnchor | null } | undefined;
  readonly onDraftDone: () => void;
  readonly onChoose: (commentId: string) => void;
}

/**
 * The comments beside a section's text, in the order their passages come: each with its
 * replies, a reply box, and Resolve. A comment whose words have changed says so where it now sits.
 */
export function CommentsMargin({
  portfolioId,
  sectionId,
  comments,
  places,
  draft,
  onDraftDone,
  onChoose,
}: CommentsMarginProps) {
  const open = comments.filter((comment) => comment.resolvedAt === null);
  const resolved = comments.filter((comment) => comment.resolvedAt !== null);
  const position = (comment: SectionComment) => (comment.anchor === null ? -1 : (places.get(comment.id)?.start ?? -1));
  const ordered = [...open].sort((a, b) => position(a) - position(b) || a.createdAt - b.createdAt);
  return (
    <aside className="comments-margin" aria-label="Comments">
      <h3>Comments</h3>
      {draft !== undefined && (
        <NewComment portfolioId={portfolioId} sectionId={sectionId} anchor={draft.anchor} onDone={onDraftDone} />
      )}
      {ordered.length === 0 && draft === undefined && (
        <p className="muted">
          Select words and choose Comment to note something on them, for yourself or with your mentor.
        </p>
      )}
      {ordered.map((comment) => (
        <CommentCard
          key={comment.id}
          comment={comment}
          place={places.get(comment.id)}
          placed={places.has(comment.id)}
          onChoose={() => onChoose(comment.id)}
        />
      ))}
      {resolved.length > 0 && (
        <details className="resolved-comments">
          <summary>Resolved ({resolved.length})</summary>
          {resolved.map((comment) => (
            <CommentCard
              key={comment.id}
              comment={comment}
              place={places.get(comment.id)}
              placed={places.has(comment.id)}
              onChoose={() => onChoose(comment.id)}
            />
          ))}
        </details>
      )}
    </aside>
  );
}

function NewComment({
  portfolioId,
  sectionId,
  anchor,
  onDone,
}: {
  readonly portfolioId: string;
  readonly sectionId: string;
  readonly anchor: PassageAnchor | null;
  readonly onDone: () => void;
}) {
  const { problem, onSubmit } = useFormSubmit(async (form) => {
    await addSectionComment(appDatabase, {
      portfolioId,
      sectionId,
      anchor,
      author: readAuthor(formText(form, 'author')),
      text: formText(form, 'comment'),
    });
    onDone();
    // Back to the writing the comment is on.
    focusTheText();
  });
  return (
    <form className="comment-card new-comment" aria-label="New comment" onSubmit={onSubmit}>
      <p className="comment-quote">{anchor === null ? 'On the whole section' : `“${excerpt(anchor.quote)}”`}</p>
      <label className="wide-label">
        Comment <textarea name="comment" rows={3} autoFocus />
      </label>
      <RecordAuthorSelect id={`new-comment-author-${sectionId}`} />
      <Problem message={problem} />
      <div className="comment-actions">
        <button
          type="button"
          onClick={() => {
            onDone();
            focusTheText();
          }}
        >
          Cancel
        </button>
        <button type="submit" className="primary">
          Add comment
        </button>
      </div>
    </form>
  );
}

function CommentCard({
  comment,
  place,
  placed,
  onChoose,
}: {
  readonly comment: SectionComment;
  readonly place: PassagePlace | undefined;
  readonly placed: boolean;
  readonly onChoose: () => void;
}) {
  const [replying, setReplying] = useState(false);
  const { problem, onSubmit: sendReply } = useFormSubmit(async (form) => {
    await replyToComment(appDatabase, comment.id, {
      author: readAuthor(formText(form, 'author')),
      text: formText(form, 'reply'),
    });
    setReplying(false);
  });
  const { label } = useAuthorWords();
  // In a mentor copy the mentor replies; resolving, and deleting the candidate's comments, stay with the candidate.
  const mentorCopy = useIsMentorCopy();
  const lost = comment.anchor !== null && placed && place === undefined;
  return (
    <article
      className={`comment-card${comment.resolvedAt === null ? '' : ' resolved'}`}
      aria-label={`Comment by ${label[comment.author]}`}
    >
      {comment.anchor !== null && (
        <button
          type="button"
          className="comment-quote link-button"
          onClick={onChoose}
          disabled={lost || comment.resolvedAt !== null}
          title="Show these words in the text"
        >
          “{excerpt(comment.anchor.quote)}”
        </button>
      )}
      {place?.moved === true && (
        <p className="comment-moved">
          The words this comment was on have changed. It now sits by the nearest words still there.
        </p>
      )}
      {lost && (
        <p className="comment-moved">
          The words this comment was on are no longer in the text. It now belongs to the section as a whole.
        </p>
      )}
      <p className="comment-text">{comment.text}</p>
      <p className="comment-byline">
        {label[comment.author]}, {formatIsoDate(todayIso(new Date(comment.createdAt)))}
      </p>
      {comment.replies.map((reply) => (
        <div key={reply.id} className="comment-reply">
          <p className="comment-text">{reply.text}</p>
          <p className="comment-byline">
            {label[reply.author]}, {formatIsoDate(todayIso(new Date(reply.createdAt)))}
          </p>
        </div>
      ))}
      {comment.resolvedAt === null && replying && (
        <form className="comment-reply-form" onSubmit={sendReply}>
          <label className="wide-label">
            Reply <textarea name="reply" rows={2} autoFocus />
          </label>
          <RecordAuthorSelect id={`reply-author-${comment.id}`} />
          <Problem message={problem} />
          <div className="comment-actions">
            <button type="button" onClick={() => setReplying(false)}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Send reply
            </button>
          </div>
        </form>
      )}
      <div className="comment-actions">
        {comment.resolvedAt === null && !replying && (
          <button type="button" onClick={() => setReplying(true)}>
            Reply
          </button>
        )}
        {!mentorCopy && (
          <button
            type="button"
            onClick={() => void setCommentResolved(appDatabase, comment.id, comment.resolvedAt === null)}
          >
            {comment.resolvedAt === null ? 'Resolve' : 'Open again'}
          </button>
        )}
        {!(mentorCopy && comment.author === 'candidate') && (
          <button
            type="button"
            className="danger-quiet"
            onClick={async () => {
              const deleted = await deleteSectionComment(appDatabase, comment.id);
              if (deleted !== undefined)
                showNotice('Comment deleted.', {
                  label: 'Undo',
                  run: () => restoreSectionComment(appDatabase, deleted),
                });
            }}
          >
            Delete
          </button>
        )}
      </div>
    </article>
  );
}

function excerpt(quote: string): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
}
