import { useState } from 'react';
import {
  describeProvenance,
  describeSignOff,
  SIGN_OFF_LABELS,
  signOffSignatory,
  type OutcomeSignOff,
  type SignOffState,
} from '../../core/mentor/mentor-handbook.js';
import { OUTCOME_AREAS, type Outcome } from '../../core/outcomes/outcomes.js';
import { appDatabase } from '../../db/app-database.js';
import { setSignOff } from '../../db/mentor.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import { formText } from '../../ui/form-text.js';
import { FormDialog } from '../../ui/FormDialog.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import type { EarlierVersion } from '../../core/mentor/feedback.js';
import { useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';
import { EarlierVersions } from './EarlierVersions.js';
import { useAuthorWords } from './RecordAuthorSelect.js';
import { DateInput } from '../../ui/DateInput.js';
import { UserFacingError } from '../../core/failure/failure.js';

/** The mentor's judgement on each outcome: met or not yet met, with a statement, a typed name and a date. */
export function OutcomeSignOffs({
  data,
  signOffs,
  earlier,
  mentorName,
}: {
  readonly data: PortfolioData;
  readonly signOffs: readonly OutcomeSignOff[];
  readonly earlier: readonly EarlierVersion[];
  readonly mentorName: string;
}) {
  const [signing, setSigning] = useState<Outcome>();
  const mentorCopy = useIsMentorCopy();
  const reader = mentorCopy ? 'mentor' : 'candidate';
  const byOutcome = new Map(signOffs.map((signOff) => [signOff.outcomeId, signOff]));
  return (
    <section aria-labelledby="sign-offs-title">
      <h3 id="sign-offs-title">Sign-off by outcome</h3>
      <table className="sign-off-table">
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Sign-off</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {OUTCOME_AREAS.flatMap((area) => data.outcomes.filter((outcome) => outcome.area === area)).map((outcome) => {
            const signOff = byOutcome.get(outcome.id);
            return (
              <tr key={outcome.id} data-state={signOff?.state ?? 'none'}>
                <th scope="row">
                  <strong>{outcome.code}</strong> {outcome.title}
                </th>
                <td>
                  {describeSignOff(signOff, formatIsoDate)}
                  {signOff !== undefined && signOff.statement !== '' && <p className="muted">{signOff.statement}</p>}
                  {signOff !== undefined && (
                    <p className="muted provenance">
                      {describeProvenance(signOff.madeIn, signOffSignatory(signOff), reader)}
                    </p>
                  )}
                  <EarlierVersions
                    versions={earlier.flatMap((version) =>
                      version.kind === 'sign-off' && version.outcomeId === outcome.id
                        ? [
                            {
                              id: version.id,
                              setAsideAt: version.setAsideAt,
                              text: describeSignOff(version.signOff, formatIsoDate),
                              statement: version.signOff.statement,
                            },
                          ]
                        : [],
                    )}
                  />
                </td>
                <td>
                  {/* In the candidate's copy, a judgement signed in the mentor's own copy is theirs to change. */}
                  {(mentorCopy || signOff?.madeIn !== 'mentor-copy') && (
                    <button type="button" onClick={() => setSigning(outcome)}>
                      {signOff === undefined ? 'Sign off' : 'Change'}
                      <span className="visually-hidden"> {outcome.code}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {signing !== undefined && (
        <SignOffDialog
          portfolioId={data.portfolio.id}
          outcome={signing}
          signOff={byOutcome.get(signing.id)}
          mentorName={mentorName}
          onClose={() => setSigning(undefined)}
        />
      )}
    </section>
  );
}

function SignOffDialog({
  portfolioId,
  outcome,
  signOff,
  mentorName,
  onClose,
}: {
  readonly portfolioId: string;
  readonly outcome: Outcome;
  readonly signOff: OutcomeSignOff | undefined;
  readonly mentorName: string;
  readonly onClose: () => void;
}) {
  // Feedback adds and changes judgements but never removes one: in a mentor copy, "not yet met" says it instead.
  const mentorCopy = useIsMentorCopy();
  const canWithdraw = signOff !== undefined && !mentorCopy;
  const { label } = useAuthorWords();
  // Defaults never put words in someone else's mouth: in the candidate's copy, who signs and their name are typed, not assumed.
  const signedBy =
    signOff === undefined || signOff.author === 'candidate'
      ? mentorCopy
        ? 'mentor'
        : undefined
      : signOffSignatory(signOff);
  return (
    <FormDialog
      title={`Sign off ${outcome.code}`}
      submitLabel="Save sign-off"
      onClose={onClose}
      onSubmit={async (form) => {
        const state = formText(form, 'state');
        if (state === '') return setSignOff(appDatabase, portfolioId, outcome.id, null);
        const author = formText(form, 'author');
        if (author !== 'mentor' && author !== 'head-teacher')
          throw new UserFacingError('Say who is signing it off: the mentor or the head teacher.');
        await setSignOff(appDatabase, portfolioId, outcome.id, {
          state: state as SignOffState,
          statement: formText(form, 'statement'),
          name: formText(form, 'name'),
          date: formText(form, 'date'),
          author,
        });
      }}
    >
      <p>{outcome.title}</p>
      {!mentorCopy && (
        <p className="muted">
          Signed here, it is entered by you on the signatory’s behalf (at a meeting with them), and says so here and in
          the exported handbook.
        </p>
      )}
      <fieldset className="switches">
        <legend>Judgement</legend>
        {(Object.keys(SIGN_OFF_LABELS) as SignOffState[]).map((state) => (
          <label key={state} className="checkbox">
            <input type="radio" name="state" value={state} defaultChecked={(signOff?.state ?? 'met') === state} />{' '}
            {SIGN_OFF_LABELS[state]}
          </label>
        ))}
        {canWithdraw && (
          <label className="checkbox">
            <input type="radio" name="state" value="" /> Withdraw the sign-off
          </label>
        )}
      </fieldset>
      <fieldset className="switches">
        <legend>Signed by</legend>
        {(['mentor', 'head-teacher'] as const).map((signatory) => (
          <label key={signatory} className="checkbox">
            <input type="radio" name="author" value={signatory} defaultChecked={signedBy === signatory} />{' '}
            {label[signatory]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="sign-off-statement">Statement</label>
        <textarea id="sign-off-statement" name="statement" rows={3} defaultValue={signOff?.statement} />
      </div>
      <div className="field">
        <label htmlFor="sign-off-name">Name (typed as a signature)</label>
        <input id="sign-off-name" name="name" defaultValue={signOff?.name ?? (mentorCopy ? mentorName : '')} />
      </div>
      <div className="field">
        <label htmlFor="sign-off-date">Date</label>
        <DateInput id="sign-off-date" name="date" defaultValue={signOff?.date ?? todayIso()} />
      </div>
    </FormDialog>
  );
}
