import { useState, type SyntheticEvent } from 'react';
import {
  describeOutcomesMet,
  describeProvenance,
  signatureProblem,
  type MentorHandbook,
  type OutcomesMetCount,
  type Signatory,
  type TypedSignature,
} from '../../core/mentor/mentor-handbook.js';
import type { EarlierVersion } from '../../core/mentor/feedback.js';
import { appDatabase } from '../../db/app-database.js';
import { useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';
import { EarlierVersions } from './EarlierVersions.js';
import { describeFailure } from '../../core/failure/failure.js';
import { signFinalStatement } from '../../db/mentor.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import { formText } from '../../ui/form-text.js';
import { Problem } from '../../ui/Problem.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { DateInput } from '../../ui/DateInput.js';

const STANDARD_STATEMENT =
  'I confirm that the learning outcomes of the National Award for SEN Co-ordination have been met in practice in this school.';

const TITLES: Readonly<Record<Signatory, string>> = { mentor: 'Mentor', 'head-teacher': 'Head teacher' };

/**
 * The final statements that the outcomes were met in practice, signed by typed name and date.
 * Each is signed beside the count of outcomes signed off as met, which it keeps.
 */
export function FinalStatements({
  portfolioId,
  handbook,
  earlier,
  outcomesMet,
}: {
  readonly portfolioId: string;
  readonly handbook: MentorHandbook;
  readonly earlier: readonly EarlierVersion[];
  readonly outcomesMet: OutcomesMetCount;
}) {
  const earlierOf = (signatory: Signatory) =>
    earlier.flatMap((version) =>
      version.kind === 'statement' && version.signatory === signatory
        ? [
            {
              id: version.id,
              setAsideAt: version.setAsideAt,
              text: `Signed ${version.signature.name}, ${formatIsoDate(version.signature.date)}`,
              statement: version.signature.statement,
            },
          ]
        : [],
    );
  const allMet = outcomesMet.met === outcomesMet.of;
  return (
    <section aria-labelledby="final-statements-title" role="region">
      <h3 id="final-statements-title">Final statements</h3>
      <p className="outcomes-met" data-all-met={allMet}>
        {describeOutcomesMet(outcomesMet)}
        {allMet ? '.' : ': the statements say every outcome has been met in practice.'}
      </p>
      <FinalStatement
        portfolioId={portfolioId}
        signatory="mentor"
        signature={handbook.mentorStatement}
        defaultName={handbook.details.mentorName}
        outcomesMet={outcomesMet}
      />
      <EarlierVersions versions={earlierOf('mentor')} />
      <FinalStatement
        portfolioId={portfolioId}
        signatory="head-teacher"
        signature={handbook.headTeacherStatement}
        defaultName={handbook.details.headTeacherName}
        outcomesMet={outcomesMet}
      />
      <EarlierVersions versions={earlierOf('head-teacher')} />
    </section>
  );
}

type Draft = Pick<TypedSignature, 'statement' | 'name' | 'date'>;

function FinalStatement({
  portfolioId,
  signatory,
  signature,
  defaultName,
  outcomesMet,
}: {
  readonly portfolioId: string;
  readonly signatory: Signatory;
  readonly signature: TypedSignature | null;
  readonly defaultName: string;
  readonly outcomesMet: OutcomesMetCount;
}) {
  const title = TITLES[signatory];
  const who = title.toLowerCase();
  const [problem, setProblem] = useState<string>();
  const [askingAbout, setAskingAbout] = useState<Draft>();
  // Feedback carries signatures, not their withdrawal: in a mentor copy a signature is changed by signing again.
  const mentorCopy = useIsMentorCopy();
  const [signingAgain, setSigningAgain] = useState(false);
  const sign = async (value: Draft | null) => {
    setAskingAbout(undefined);
    try {
      await signFinalStatement(appDatabase, portfolioId, signatory, value);
      setProblem(undefined);
      setSigningAgain(false);
    } catch (error) {
      setProblem(describeFailure(error));
    }
  };
  if (signature !== null && !signingAgain) {
    // In the candidate's copy, a statement signed in the mentor's own copy is theirs to change, not the candidate's.
    const theMentors = !mentorCopy && signature.madeIn === 'mentor-copy';
    return (
      <div className="signed-statement" aria-label={`${title}’s statement`}>
        <p>“{signature.statement}”</p>
        <p>
          Signed <strong>{signature.name}</strong>, {who}, {formatIsoDate(signature.date)}
          {signature.outcomesMet !== undefined && <>, with {describeOutcomesMet(signature.outcomesMet)}</>}.
        </p>
        <p className="muted provenance">
          {describeProvenance(signature.madeIn, signatory, mentorCopy ? 'mentor' : 'candidate')}
        </p>
        {mentorCopy ? (
          <button type="button" onClick={() => setSigningAgain(true)}>
            Sign again as {who}
          </button>
        ) : (
          !theMentors && (
            <button type="button" onClick={() => void sign(null)}>
              Withdraw the {who}’s signature
            </button>
          )
        )}
        <Problem message={problem} />
      </div>
    );
  }
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const draft = {
      statement: formText(form, 'statement'),
      name: formText(form, 'name'),
      date: formText(form, 'date'),
    };
    // What is missing is said before asking about the outcomes, so the question comes once.
    const missing = signatureProblem(draft);
    if (missing !== undefined) setProblem(missing);
    else if (outcomesMet.met < outcomesMet.of) setAskingAbout(draft);
    else void sign(draft);
  };
  return (
    <>
      <form className="settings-piece" onSubmit={submit} noValidate aria-label={`${title}’s statement`}>
        <h4>{title}</h4>
        {!mentorCopy && (
          <p className="muted">
            Signed here, it is entered by you on the {who}’s behalf (at a meeting with them), and says so here and in
            the exported handbook.
          </p>
        )}
        <div className="field">
          <label htmlFor={`${signatory}-statement`}>Statement</label>
          <textarea
            id={`${signatory}-statement`}
            name="statement"
            rows={3}
            defaultValue={signature?.statement ?? STANDARD_STATEMENT}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${signatory}-name`}>Name (typed as a signature)</label>
            {/* A name is a signature: only in the signatory's own copy is it filled in for them. */}
            <input
              id={`${signatory}-name`}
              name="name"
              defaultValue={signature?.name ?? (mentorCopy ? defaultName : '')}
            />
          </div>
          <div className="field">
            <label htmlFor={`${signatory}-date`}>Date</label>
            <DateInput id={`${signatory}-date`} name="date" defaultValue={todayIso()} />
          </div>
        </div>
        <Problem message={problem} />
        <button type="submit" className="primary">
          Sign as {who}
        </button>
        {signingAgain && (
          <button type="button" onClick={() => setSigningAgain(false)}>
            Cancel
          </button>
        )}
      </form>
      {askingAbout !== undefined && (
        <ConfirmDialog
          title={`Sign with ${describeOutcomesMet(outcomesMet)}?`}
          cautiousLabel="Not yet"
          goLabel={`Sign as ${who}`}
          onCautious={() => setAskingAbout(undefined)}
          onGo={() => void sign(askingAbout)}
        >
          <p>
            The statement says the learning outcomes have been met in practice, but {outcomesMet.of - outcomesMet.met}{' '}
            of the {outcomesMet.of} are not signed off as met. If you sign now, the signature records that{' '}
            {outcomesMet.met} {outcomesMet.met === 1 ? 'was' : 'were'}.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
