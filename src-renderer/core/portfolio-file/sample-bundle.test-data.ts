import { TINY_PNG } from '../docx/sample-submission.test-data.js';
import { SAMPLE_FIGURE_ID, sampleRecords } from '../submission/sample-portfolio.test-data.js';
import type { PortfolioBundle } from './bundle.js';
import { hex, type FileCrypto } from './file-crypto.js';

/** The invented sample portfolio as a file holds it, with one attachment and one picture. */
export async function sampleBundle(
  fileCrypto: FileCrypto,
): Promise<{ bundle: PortfolioBundle; files: Map<string, Uint8Array> }> {
  const records = sampleRecords({ pictures: [{ name: 'Chart.png', mediaType: 'image/png', bytes: TINY_PNG }] });
  const sha = hex(await fileCrypto.sha256(TINY_PNG));
  const portfolioId = records.portfolio.id;
  const bundle: PortfolioBundle = {
    portfolio: records.portfolio,
    sections: records.sections,
    sectionContents: [...records.documents].map(([sectionId, document]) => ({ sectionId, document })),
    outcomes: records.outcomes,
    evidence: records.evidence,
    evidenceCommentaries: [...records.commentaries].map(([evidenceId, document]) => ({ evidenceId, document })),
    attachments: [
      {
        id: 'a1',
        portfolioId,
        evidenceId: records.evidence[0]!.id,
        name: 'Chart.png',
        mediaType: 'image/png',
        size: TINY_PNG.length,
        createdAt: 5,
        sha256: sha,
      },
    ],
    pictures: [
      {
        id: SAMPLE_FIGURE_ID,
        portfolioId,
        name: 'Chart.png',
        mediaType: 'image/png',
        size: TINY_PNG.length,
        createdAt: 6,
        sha256: sha,
      },
    ],
    studyLog: [{ id: 'st1', portfolioId, date: '2026-10-01', hours: 2.5, note: 'Read the Code of Practice' }],
    readingLog: records.readingLog,
    mentorHandbook: records.handbook ?? null,
    mentorRecords: records.mentorRecords,
    signOffs: records.signOffs,
    sectionComments: [
      {
        id: 'c1',
        portfolioId,
        sectionId: records.sections[0]!.id,
        anchor: { quote: 'graduated approach', prefix: 'The ', suffix: ' gave the team a shared language' },
        author: 'mentor',
        text: 'Say how the team came to share it.',
        createdAt: 7,
        replies: [{ id: 'c1r1', author: 'candidate', text: 'Added the staff meeting.', createdAt: 8 }],
        resolvedAt: null,
      },
    ],
    earlierVersions: [
      {
        kind: 'sign-off',
        id: 'e1',
        portfolioId,
        outcomeId: records.outcomes[0]!.id,
        signOff: {
          id: records.outcomes[0]!.id,
          portfolioId,
          outcomeId: records.outcomes[0]!.id,
          state: 'not-yet-met',
          statement: 'Evidence planned for the spring term.',
          name: 'J. Mentor',
          date: '2026-10-01',
          author: 'mentor',
          updatedAt: 0,
        },
        setAsideAt: 9,
      },
    ],
    deletions: [{ kind: 'comment', id: 'c0', portfolioId, deletedAt: 10 }],
  };
  return { bundle, files: new Map([[sha, TINY_PNG]]) };
}
