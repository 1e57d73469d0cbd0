import { describe, expect, it } from 'vitest';
import { webFileCrypto } from '../../host/file-crypto.js';
import { portfoliosIn, type PortfolioBundle, type PortfolioFileContents } from './bundle.js';
import { readPortfolioFile, writePortfolioFile } from './portfolio-file.js';
import { sampleBundle } from './sample-bundle.test-data.js';

/**
 * A file holds records for the portfolio it carries, and nothing that could land in another
 * portfolio already on the computer (bundle-integrity.ts).
 */

const OPTIONS = { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' };
const ELSEWHERE = 'a-portfolio-already-on-this-computer';

async function read(change: (bundle: PortfolioBundle) => PortfolioBundle, purpose: 'backup' | 'share' = 'backup') {
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const contents: PortfolioFileContents = { purpose, portfolios: [change(bundle)] };
  return readPortfolioFile(await writePortfolioFile(contents, files, webFileCrypto, OPTIONS), webFileCrypto);
}

async function refusal(change: (bundle: PortfolioBundle) => PortfolioBundle, purpose: 'backup' | 'share' = 'backup') {
  const result = await read(change, purpose);
  if (result.ok) throw new Error('The file was opened, but should have been refused.');
  return result.problem;
}

describe('records in a file belong to the portfolio it carries', () => {
  it.each<[string, (bundle: PortfolioBundle) => PortfolioBundle]>([
    [
      'a section for another portfolio',
      (bundle) => ({
        ...bundle,
        sections: [...bundle.sections, { ...bundle.sections[0]!, id: 'extra', portfolioId: ELSEWHERE }],
      }),
    ],
    [
      'evidence for another portfolio',
      (bundle) => ({ ...bundle, evidence: bundle.evidence.map((item) => ({ ...item, portfolioId: ELSEWHERE })) }),
    ],
    [
      'a “met” sign-off for another portfolio',
      (bundle) => ({ ...bundle, signOffs: [{ ...bundle.signOffs[0]!, portfolioId: ELSEWHERE, state: 'met' }] }),
    ],
    [
      'a mentor’s statement for another portfolio',
      (bundle) => ({ ...bundle, mentorHandbook: { ...bundle.mentorHandbook!, portfolioId: ELSEWHERE } }),
    ],
    [
      'a comment for another portfolio',
      (bundle) => ({
        ...bundle,
        sectionComments: bundle.sectionComments.map((comment) => ({ ...comment, portfolioId: ELSEWHERE })),
      }),
    ],
    [
      'a sign-off set aside, for another portfolio',
      (bundle) => ({
        ...bundle,
        earlierVersions: bundle.earlierVersions.map((version) =>
          version.kind === 'sign-off'
            ? { ...version, signOff: { ...version.signOff, portfolioId: ELSEWHERE } }
            : version,
        ),
      }),
    ],
  ])('refuses %s, in words, whether backed up or shared', async (_what, change) => {
    for (const purpose of ['backup', 'share'] as const) {
      const problem = await refusal(change, purpose);
      expect(problem.kind).toBe('invalid');
      expect(problem.message).toBe(
        'This file’s records do not belong together (it holds records of another portfolio), so nothing was imported. Ask for a new copy of it.',
      );
    }
  });

  it.each<[string, (bundle: PortfolioBundle) => PortfolioBundle, string]>([
    [
      'a sign-off for an outcome not in the file',
      (bundle) => ({
        ...bundle,
        signOffs: [{ ...bundle.signOffs[0]!, id: 'outcome-elsewhere', outcomeId: 'outcome-elsewhere' }],
      }),
      'a sign-off is for an outcome that is not in it',
    ],
    [
      'a section’s text for a section not in the file',
      (bundle) => ({
        ...bundle,
        sectionContents: [...bundle.sectionContents, { ...bundle.sectionContents[0]!, sectionId: 'section-elsewhere' }],
      }),
      'a section’s text belongs to a section that is not in it',
    ],
    [
      'a commentary for evidence not in the file',
      (bundle) => ({
        ...bundle,
        evidenceCommentaries: [{ ...bundle.evidenceCommentaries[0]!, evidenceId: 'evidence-elsewhere' }],
      }),
      'a commentary belongs to evidence that is not in it',
    ],
    [
      'an attachment on evidence not in the file',
      (bundle) => ({
        ...bundle,
        attachments: bundle.attachments.map((attachment) => ({ ...attachment, evidenceId: 'evidence-elsewhere' })),
      }),
      'a file is attached to evidence that is not in it',
    ],
    [
      'two sections with one id',
      (bundle) => ({ ...bundle, sections: [...bundle.sections, bundle.sections[0]!] }),
      'two of its records have the same id',
    ],
  ])('refuses %s', async (_what, change, why) => {
    expect((await refusal(change)).message).toBe(
      `This file’s records do not belong together (${why}), so nothing was imported. Ask for a new copy of it.`,
    );
  });

  it('refuses the same portfolio twice in one file, and one record in two portfolios', async () => {
    const { bundle, files } = await sampleBundle(webFileCrypto);
    const twice = await readPortfolioFile(
      await writePortfolioFile({ purpose: 'backup', portfolios: [bundle, bundle] }, files, webFileCrypto, OPTIONS),
      webFileCrypto,
    );
    expect(twice.ok ? '' : twice.problem.message).toMatch(/the same portfolio twice/u);
    const other = { ...bundle, portfolio: { ...bundle.portfolio, id: 'second' } };
    const moved = {
      ...other,
      ...Object.fromEntries(
        (
          [
            'sections',
            'outcomes',
            'evidence',
            'attachments',
            'pictures',
            'studyLog',
            'readingLog',
            'mentorRecords',
            'signOffs',
            'sectionComments',
            'earlierVersions',
            'deletions',
          ] as const
        ).map((table) => [
          table,
          (other[table] as readonly { portfolioId: string }[]).map((record) => ({ ...record, portfolioId: 'second' })),
        ]),
      ),
    } as PortfolioBundle;
    const movedWithHandbook = {
      ...moved,
      mentorHandbook: { ...moved.mentorHandbook!, portfolioId: 'second' },
      earlierVersions: moved.earlierVersions.map((version) =>
        version.kind === 'sign-off' ? { ...version, signOff: { ...version.signOff, portfolioId: 'second' } } : version,
      ),
      signOffs: moved.signOffs.map((signOff) => ({ ...signOff, portfolioId: 'second' })),
    };
    const shared = await readPortfolioFile(
      await writePortfolioFile(
        { purpose: 'backup', portfolios: [bundle, movedWithHandbook] },
        files,
        webFileCrypto,
        OPTIONS,
      ),
      webFileCrypto,
    );
    expect(shared.ok ? '' : shared.problem.message).toMatch(/two of its portfolios share a record/u);
  });

  it('leaves out what only points outside the file, as the app leaves behind when something is deleted: comments on a gone section, a mentor’s comment on gone evidence, a gone outcome', async () => {
    const result = await read((bundle) => ({
      ...bundle,
      sectionComments: [
        ...bundle.sectionComments,
        { ...bundle.sectionComments[0]!, id: 'on-a-deleted-section', sectionId: 'deleted-section' },
      ],
      mentorRecords: [
        ...bundle.mentorRecords,
        {
          kind: 'evidence-comment',
          id: 'on-deleted-evidence',
          portfolioId: bundle.portfolio.id,
          evidenceId: 'deleted-evidence',
          date: '2026-11-01',
          comment: 'Good.',
          author: 'mentor',
          createdAt: 1,
        },
      ],
      evidence: bundle.evidence.map((item, index) =>
        index === 0 ? { ...item, outcomeIds: [...item.outcomeIds, 'deleted-outcome'] } : item,
      ),
      earlierVersions: [
        ...bundle.earlierVersions,
        {
          ...bundle.earlierVersions[0]!,
          id: 'set-aside-on-deleted-outcome',
          outcomeId: 'deleted-outcome',
        } as PortfolioBundle['earlierVersions'][number],
      ],
    }));
    if (!result.ok) throw new Error(result.problem.message);
    const [bundle] = portfoliosIn(result.file.contents);
    const { bundle: sample } = await sampleBundle(webFileCrypto);
    expect(bundle!.sectionComments.map((comment) => comment.id)).toEqual(
      sample.sectionComments.map((comment) => comment.id),
    );
    expect(bundle!.mentorRecords.map((record) => record.id)).toEqual(sample.mentorRecords.map((record) => record.id));
    expect(bundle!.evidence[0]!.outcomeIds).toEqual(sample.evidence[0]!.outcomeIds);
    expect(bundle!.earlierVersions.map((version) => version.id)).toEqual(
      sample.earlierVersions.map((version) => version.id),
    );
  });
});

describe('feedback belongs to the portfolio it names', () => {
  it('refuses feedback holding a sign-off, comment or record of another portfolio', async () => {
    const { bundle } = await sampleBundle(webFileCrypto);
    const feedback = {
      portfolioId: bundle.portfolio.id,
      portfolioTitle: bundle.portfolio.title,
      candidateName: '',
      sentBy: 'J. Mentor',
      sentAt: 1,
      sectionComments: [],
      mentorRecords: [],
      signOffs: [{ ...bundle.signOffs[0]!, portfolioId: ELSEWHERE, state: 'met' as const }],
      mentorStatement: null,
      headTeacherStatement: null,
    };
    const result = await readPortfolioFile(
      await writePortfolioFile({ purpose: 'feedback', feedback }, new Map(), webFileCrypto, OPTIONS),
      webFileCrypto,
    );
    expect(result.ok ? '' : result.problem.message).toMatch(/records of another portfolio/u);
  });
});
