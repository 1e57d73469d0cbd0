import { useState } from 'react';
import type { MentorDetails } from '../../core/mentor/mentor-handbook.js';
import { appDatabase } from '../../db/app-database.js';
import { saveMentorDetails } from '../../db/mentor.js';
import { useAutosave } from '../../session/use-autosave.js';

const FIELDS: readonly [keyof MentorDetails, string][] = [
  ['mentorName', 'Mentor’s name'],
  ['mentorRole', 'Mentor’s role'],
  ['mentorContact', 'Mentor’s contact details'],
  ['headTeacherName', 'Head teacher’s name'],
  ['school', 'School'],
];

/** Mentor and head teacher details, saved as they are typed. */
export function MentorDetailsForm({
  portfolioId,
  details,
}: {
  readonly portfolioId: string;
  readonly details: MentorDetails;
}) {
  const [typed, setTyped] = useState(details);
  const autosave = useAutosave<MentorDetails>(`mentor-details:${portfolioId}`, (value) =>
    saveMentorDetails(appDatabase, portfolioId, value),
  );
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
