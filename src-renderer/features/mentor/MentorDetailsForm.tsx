import { useEffect, useMemo, useState } from 'react';
import type { MentorDetails } from '../../core/mentor/mentor-handbook.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { saveMentorDetails } from '../../db/mentor.js';
import { createAutosave } from '../../editor/autosave.js';
import { setSaveStatus } from '../../session/session-store.js';

const FIELDS: readonly [keyof MentorDetails, string][] = [
  ['mentorName', 'Mentor’s name'],
  ['mentorRole', 'Mentor’s role'],
  ['mentorContact', 'Mentor’s contact details'],
  ['headTeacherName', 'Head teacher’s name'],
  ['school', 'School'],
];

/** Mentor and head teacher details, saved as they are typed. */
export function MentorDetailsForm({ portfolioId, details }: { readonly portfolioId: string; readonly details: MentorDetails }) {
  const [typed, setTyped] = useState(details);
  const autosave = useMemo(
    () => createAutosave<MentorDetails>({ save: (value) => saveMentorDetails(appDatabase, portfolioId, value), onStatus: setSaveStatus, describeError: describeFailure }),
    [portfolioId],
  );
  useEffect(() => () => void autosave.flush(), [autosave]);
  return (
    <fieldset className="mentor-details">
      <legend>Mentor and head teacher</legend>
      {FIELDS.map(([field, label]) => (
        <div key={field} className="field">
          <label htmlFor={`mentor-${field}`}>{label}</label>
          <input
            id={`mentor-${field}`}
            value={typed[field]}
            onChange={(event) => {
              const next = { ...typed, [field]: event.target.value };
              setTyped(next);
              autosave.changed(() => next);
            }}
          />
        </div>
      ))}
    </fieldset>
  );
}
