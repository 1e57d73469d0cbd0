import { harvardReference } from '../../core/references/harvard.js';
import { FIELD_LABELS, missingFields, type ReferenceFields } from '../../core/references/reference.js';

/** The Harvard reference as it will appear, with titles in italics, and what it still lacks. */
export function HarvardPreview({
  reference,
  suffix = '',
  showMissing = true,
}: {
  readonly reference: ReferenceFields;
  readonly suffix?: string;
  readonly showMissing?: boolean;
}) {
  const missing = missingFields(reference);
  return (
    <>
      <span className="harvard">
        {harvardReference(reference, suffix).map((run, index) =>
          run.italic === true ? <i key={index}>{run.text}</i> : <span key={index}>{run.text}</span>,
        )}
      </span>
      {showMissing && missing.length > 0 && (
        <span className="missing-fields">Still needed: {missing.map((field) => FIELD_LABELS[field]).join(', ')}</span>
      )}
    </>
  );
}
