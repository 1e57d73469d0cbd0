import { useLiveQuery } from 'dexie-react-hooks';
import { outcomesSignedOffAsMet } from '../../core/mentor/mentor-handbook.js';
import { appDatabase } from '../../db/app-database.js';
import { earlierVersionsOf, handbookOf, mentorRecordsOf, signOffsOf } from '../../db/mentor.js';
import { CandidatesWork } from '../../open-portfolio/mentor-copy.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { FinalStatements } from './FinalStatements.js';
import { MentorDetailsForm } from './MentorDetailsForm.js';
import { MentorRecords } from './MentorRecords.js';
import { OutcomeSignOffs } from './OutcomeSignOffs.js';

/** The mentor handbook: who mentors, meetings, observations, comments, sign-offs and the final statements. */
export function MentorHandbookView({ data }: { readonly data: PortfolioData }) {
  const portfolioId = data.portfolio.id;
  const handbook = useLiveQuery(() => handbookOf(appDatabase, portfolioId), [portfolioId]);
  const records = useLiveQuery(() => mentorRecordsOf(appDatabase, portfolioId), [portfolioId]);
  const signOffs = useLiveQuery(() => signOffsOf(appDatabase, portfolioId), [portfolioId]);
  const earlier = useLiveQuery(() => earlierVersionsOf(appDatabase, portfolioId), [portfolioId]);
  if (handbook === undefined || records === undefined || signOffs === undefined || earlier === undefined)
    return <p className="loading">Opening the mentor handbook…</p>;
  return (
    <section className="mentor-handbook" aria-labelledby="mentor-title">
      <h2 id="mentor-title">Mentor handbook</h2>
      <p className="muted">
        An appendix of Part 1. Each record notes who wrote it: you, your mentor or the head teacher.
      </p>
      <CandidatesWork label="Mentor and school details">
        <MentorDetailsForm key={portfolioId} portfolioId={portfolioId} details={handbook.details} />
      </CandidatesWork>
      <MentorRecords data={data} records={records} />
      <OutcomeSignOffs data={data} signOffs={signOffs} earlier={earlier} mentorName={handbook.details.mentorName} />
      <FinalStatements
        portfolioId={portfolioId}
        handbook={handbook}
        earlier={earlier}
        outcomesMet={{
          met: outcomesSignedOffAsMet(
            data.outcomes.map((outcome) => outcome.id),
            signOffs,
          ),
          of: data.outcomes.length,
        }}
      />
    </section>
  );
}
