import { useLiveQuery } from 'dexie-react-hooks';
import { describeFailure } from '../../core/failure/failure.js';
import { outcomeCoverage } from '../../core/evidence/coverage.js';
import { OUTCOME_AREAS, OUTCOME_AREA_TITLES } from '../../core/outcomes/outcomes.js';
import { formatWords } from '../../core/counting/word-target.js';
import { entriesCitedInPiece, wordsInPiece } from '../../core/portfolio/portfolio.js';
import { pieceReferences } from '../../core/references/piece-references.js';
import { attendanceProgress, describeDueDate, studyProgress } from '../../core/portfolio/progress.js';
import { appDatabase } from '../../db/app-database.js';
import { setAttendedDays } from '../../db/portfolios.js';
import { logStudy, studyLogOf } from '../../db/study-log.js';
import { signOffsOf } from '../../db/mentor.js';
import { outcomesSignedOffAsMet } from '../../core/mentor/mentor-handbook.js';
import { portfolioHref } from '../../session/routes.js';
import { showNotice } from '../../session/session-store.js';
import { formatIsoDate, todayIso } from '../../core/dates/dates.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { WordTarget } from '../../open-portfolio/WordTarget.js';
import { useWordsNow } from '../../open-portfolio/live-words.js';
import { DateInput } from '../../ui/DateInput.js';
import { formText } from '../../ui/form-text.js';
import { InlineForm } from '../../ui/InlineForm.js';

/** The portfolio at a glance: every piece against its target, outcome coverage, dates, attendance and study hours. */
export function DashboardView({ data }: { readonly data: PortfolioData }) {
  const { portfolio, sections, evidence, outcomes, readingLog } = data;
  const wordsNow = useWordsNow();
  const today = todayIso();
  const coverage = outcomeCoverage(outcomes, evidence);
  const { attendance, studyPlan } = portfolio.programme;
  const signOffs = useLiveQuery(() => signOffsOf(appDatabase, portfolio.id), [portfolio.id]) ?? [];

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">Overview</h2>
      <p className="muted">Programme: {portfolio.programme.templateName}</p>
      <p>
        Whole portfolio:{' '}
        <strong data-testid="portfolio-words">
          {formatWords(
            portfolio.pieces.reduce((sum, piece) => sum + wordsInPiece(piece, sections, evidence, wordsNow), 0),
          )}
        </strong>{' '}
        counted toward limits
      </p>

      <h3>Assessment pieces</h3>
      <ul className="dashboard-pieces">
        {portfolio.pieces.map((piece) => {
          const due = describeDueDate(piece.dueDate, today);
          const broken = pieceReferences(readingLog, entriesCitedInPiece(piece.id, sections, evidence)).missingIds
            .length;
          return (
            <li key={piece.id} className="dashboard-card" aria-label={piece.title}>
              <h4>{piece.title}</h4>
              <WordTarget words={wordsInPiece(piece, sections, evidence, wordsNow)} piece={piece} />
              <a href={portfolioHref(portfolio.id, { kind: 'breakdown', pieceId: piece.id })}>
                How this is counted<span className="visually-hidden"> for {piece.title}</span>
              </a>
              <p className={due !== undefined && due.days < 0 ? 'due overdue' : 'due'}>
                {due === undefined ? 'No due date set' : `${due.text} (${formatIsoDate(piece.dueDate ?? '')})`}
              </p>
              {broken > 0 && (
                <p className="form-failure">
                  {broken === 1 ? '1 citation points' : `${broken} citations point`} to a deleted reading-log entry.
                </p>
              )}
            </li>
          );
        })}
      </ul>

      <h3>Outcome coverage</h3>
      <p>
        <a href={portfolioHref(portfolio.id, { kind: 'coverage' })}>
          {coverage.covered} of {coverage.total} outcomes have evidence
        </a>
      </p>
      <p>
        {outcomesSignedOffAsMet(
          outcomes.map((outcome) => outcome.id),
          signOffs,
        )}{' '}
        of {outcomes.length} outcomes signed off as met by the mentor
      </p>
      <ul className="coverage-by-area">
        {OUTCOME_AREAS.map((area) => {
          const byArea = outcomeCoverage(outcomes, evidence, area);
          return (
            <li key={area}>
              Area {area}, {OUTCOME_AREA_TITLES[area]}: {byArea.covered} of {byArea.total}
            </li>
          );
        })}
      </ul>

      {attendance !== null && (
        <Attendance
          portfolioId={portfolio.id}
          attended={portfolio.attendedDays}
          progress={attendanceProgress(portfolio.attendedDays, attendance)}
        />
      )}
      {studyPlan !== null && <StudyHours portfolioId={portfolio.id} plan={studyPlan} />}
    </section>
  );
}

function Attendance({
  portfolioId,
  attended,
  progress,
}: {
  readonly portfolioId: string;
  readonly attended: number;
  readonly progress: ReturnType<typeof attendanceProgress>;
}) {
  const change = async (days: number) => {
    try {
      await setAttendedDays(appDatabase, portfolioId, days);
    } catch (error) {
      showNotice(describeFailure(error));
    }
  };
  return (
    <>
      <h3>Taught days</h3>
      <p className={progress.met ? 'met' : 'not-met'}>
        {progress.text}. {progress.met ? 'Attendance requirement met.' : `${progress.required - attended} more needed.`}
      </p>
      <div className="stepper">
        <button type="button" onClick={() => change(Math.max(0, attended - 1))} disabled={attended === 0}>
          One fewer day
        </button>
        <button type="button" onClick={() => change(attended + 1)}>
          Record a day attended
        </button>
      </div>
    </>
  );
}

function StudyHours({
  portfolioId,
  plan,
}: {
  readonly portfolioId: string;
  readonly plan: { readonly units: number; readonly hoursPerUnit: number };
}) {
  const entries = useLiveQuery(() => studyLogOf(appDatabase, portfolioId), [portfolioId]) ?? [];
  const progress = studyProgress(entries, plan);
  return (
    <>
      <h3>Study hours</h3>
      <p>{progress.text}</p>
      <InlineForm
        submit={(form) =>
          logStudy(appDatabase, portfolioId, {
            date: formText(form, 'date'),
            hours: Number(formText(form, 'hours')),
            note: formText(form, 'note'),
          })
        }
      >
        <label>
          Date <DateInput name="date" defaultValue={todayIso()} required />
        </label>
        <label>
          Hours <input type="number" name="hours" min="0.25" max="24" step="0.25" required />
        </label>
        <label>
          What you studied <input type="text" name="note" />
        </label>
        <button type="submit">Log study</button>
      </InlineForm>
    </>
  );
}
