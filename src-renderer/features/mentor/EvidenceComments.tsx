import { useLiveQuery } from 'dexie-react-hooks';
import { appDatabase } from '../../db/app-database.js';
import { addMentorRecord, mentorRecordsOf } from '../../db/mentor.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import { formText } from '../../ui/form-text.js';
import { readAuthor, RecordAuthorSelect, useAuthorWords } from './RecordAuthorSelect.js';
import { InlineForm } from '../../ui/InlineForm.js';

/** The mentor's comments on one item of evidence; they are part of the mentor handbook too. */
export function EvidenceComments({
  portfolioId,
  evidenceId,
}: {
  readonly portfolioId: string;
  readonly evidenceId: string;
}) {
  const records = useLiveQuery(() => mentorRecordsOf(appDatabase, portfolioId), [portfolioId]) ?? [];
  const comments = records.flatMap((record) =>
    record.kind === 'evidence-comment' && record.evidenceId === evidenceId ? [record] : [],
  );
  const { label } = useAuthorWords();
  return (
    <section className="evidence-comments" aria-labelledby="evidence-comments-title">
      <h3 id="evidence-comments-title">Mentor’s comments</h3>
      {comments.map((comment) => (
        <blockquote key={comment.id} className="mentor-comment">
          <p>{comment.comment}</p>
          <footer>
            {label[comment.author]}, {formatIsoDate(comment.date)}
          </footer>
        </blockquote>
      ))}
      <InlineForm
        submit={(form) =>
          addMentorRecord(appDatabase, {
            kind: 'evidence-comment',
            portfolioId,
            evidenceId,
            date: todayIso(),
            comment: formText(form, 'comment'),
            author: readAuthor(formText(form, 'author')),
          }).then(() => undefined)
        }
      >
        <label className="wide-label">
          Add a comment <textarea name="comment" rows={2} />
        </label>
        <RecordAuthorSelect id={`comment-author-${evidenceId}`} />
        <button type="submit">Add comment</button>
      </InlineForm>
    </section>
  );
}
