import {
  AUTHOR_LABELS,
  AUTHOR_LABELS_FOR_MENTOR,
  RECORDED_BY,
  RECORDED_BY_FOR_MENTOR,
  type RecordAuthor,
} from '../../core/mentor/mentor-handbook.js';
import { useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';

/** Who wrote what, in the words of whoever is reading: the candidate, or their mentor in a mentor copy. */
export function useAuthorWords(): {
  readonly label: Readonly<Record<RecordAuthor, string>>;
  readonly recordedBy: Readonly<Record<RecordAuthor, string>>;
} {
  return useIsMentorCopy()
    ? { label: AUTHOR_LABELS_FOR_MENTOR, recordedBy: RECORDED_BY_FOR_MENTOR }
    : { label: AUTHOR_LABELS, recordedBy: RECORDED_BY };
}

/**
 * Who is writing this record, so the mentor's records stay the mentor's. In a mentor copy only
 * the mentor or the head teacher can be chosen: the candidate writes in their own app. It starts
 * at whoever is using this copy: a record is never put in someone else's mouth by default.
 */
export function RecordAuthorSelect({ id }: { readonly id: string }) {
  const mentorCopy = useIsMentorCopy();
  const { label } = useAuthorWords();
  const authors: readonly RecordAuthor[] = mentorCopy
    ? ['mentor', 'head-teacher']
    : ['candidate', 'mentor', 'head-teacher'];
  return (
    <div className="field">
      <label htmlFor={id}>Recorded by</label>
      <select id={id} name="author" defaultValue={mentorCopy ? 'mentor' : 'candidate'}>
        {authors.map((author) => (
          <option key={author} value={author}>
            {label[author]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function readAuthor(value: string): RecordAuthor {
  return value === 'mentor' || value === 'head-teacher' ? value : 'candidate';
}
