import { AUTHOR_LABELS, type RecordAuthor } from '../../core/mentor/mentor-handbook.js';

/** Who is writing this record, so the mentor's records stay the mentor's. */
export function RecordAuthorSelect({ id, defaultValue }: { readonly id: string; readonly defaultValue: RecordAuthor }) {
  return (
    <div className="field">
      <label htmlFor={id}>Recorded by</label>
      <select id={id} name="author" defaultValue={defaultValue}>
        {Object.entries(AUTHOR_LABELS).map(([author, label]) => (
          <option key={author} value={author}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function readAuthor(value: string): RecordAuthor {
  return value === 'mentor' || value === 'head-teacher' ? value : 'candidate';
}
