import { useState, type SyntheticEvent } from 'react';
import type { MentorHandbook, TypedSignature } from '../../core/mentor/mentor-handbook.js';
import type { EarlierVersion, Signatory } from '../../core/mentor/feedback.js';
import { appDatabase } from '../../db/app-database.js';
import { useIsMentorCopy } from '../portfolio/mentor-copy.js';
import { EarlierVersions } from './EarlierVersions.js';
import { describeActionError } from '../../db/describe-storage-error.js';
import { signFinalStatement } from '../../db/mentor.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import { formText } from '../../ui/form-text.js';
import { Problem } from '../../ui/Problem.js';

const STANDARD_STATEMENT = 'I confirm that the learning outcomes of the National Award for SEN Co-ordination have been met in practice in this school.';

/** The final statements that the outcomes were met in practice, signed by typed name and date. */
export function FinalStatements({ portfolioId, handbook, earlier }: { readonly portfolioId: string; readonly handbook: MentorHandbook; readonly earlier: readonly EarlierVersion[] }) {
  const earlierOf = (signatory: Signatory) =>
    earlier.flatMap((version) =>
      version.kind === 'statement' && version.signatory === signatory ? [{ id: version.id, setAsideAt: version.setAsideAt, text: `Signed ${version.signature.name}, ${formatIsoDate(version.signature.date)}`, statement: version.signature.statement }] : [],
    );
  return (
    <section aria-labelledby="final-statements-title">
      <h3 id="final-statements-title">Final statements</h3>
      <FinalStatement portfolioId={portfolioId} signatory="mentor" title="Mentor" signature={handbook.mentorStatement} defaultName={handbook.details.mentorName} />
      <EarlierVersions versions={earlierOf('mentor')} />
      <FinalStatement portfolioId={portfolioId} signatory="head-teacher" title="Head teacher" signature={handbook.headTeacherStatement} defaultName={handbook.details.headTeacherName} />
      <EarlierVersions versions={earlierOf('head-teacher')} />
    </section>
  );
}

function FinalStatement({ portfolioId, signatory, title, signature, defaultName }: { readonly portfolioId: string; readonly signatory: 'mentor' | 'head-teacher'; readonly title: string; readonly signature: TypedSignature | null; readonly defaultName: string }) {
  const [problem, setProblem] = useState<string>();
  // Feedback carries signatures, not their withdrawal: in a mentor copy a signature is changed by signing again.
  const mentorCopy = useIsMentorCopy();
  const [signingAgain, setSigningAgain] = useState(false);
  const sign = async (value: TypedSignature | null) => {
    try {
      await signFinalStatement(appDatabase, portfolioId, signatory, value);
      setProblem(undefined);
      setSigningAgain(false);
    } catch (error) {
      setProblem(describeActionError(error));
    }
  };
  if (signature !== null && !signingAgain) {
    return (
      <div className="signed-statement" aria-label={`${title}’s statement`}>
        <p>“{signature.statement}”</p>
        <p>
          Signed <strong>{signature.name}</strong>, {title.toLowerCase()}, {formatIsoDate(signature.date)}
        </p>
        {mentorCopy ? (
          <button type="button" onClick={() => setSigningAgain(true)}>
            Sign again as {title.toLowerCase()}
          </button>
        ) : (
          <button type="button" onClick={() => sign(null)}>
            Withdraw the {title.toLowerCase()}’s signature
          </button>
        )}
        <Problem message={problem} />
      </div>
    );
  }
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void sign({ statement: formText(form, 'statement'), name: formText(form, 'name'), date: formText(form, 'date') });
  };
  return (
    <form className="settings-piece" onSubmit={submit} noValidate aria-label={`${title}’s statement`}>
      <h4>{title}</h4>
      <div className="field">
        <label htmlFor={`${signatory}-statement`}>Statement</label>
        <textarea id={`${signatory}-statement`} name="statement" rows={3} defaultValue={signature?.statement ?? STANDARD_STATEMENT} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${signatory}-name`}>Name (typed as a signature)</label>
          <input id={`${signatory}-name`} name="name" defaultValue={signature?.name ?? defaultName} />
        </div>
        <div className="field">
          <label htmlFor={`${signatory}-date`}>Date</label>
          <input id={`${signatory}-date`} name="date" type="date" defaultValue={todayIso()} />
        </div>
      </div>
      <Problem message={problem} />
      <button type="submit" className="primary">
        Sign as {title.toLowerCase()}
      </button>
      {signingAgain && (
        <button type="button" onClick={() => setSigningAgain(false)}>
          Cancel
        </button>
      )}
    </form>
  );
}
