import {
  feedbackFrom,
  isEmptyMerge,
  planFeedbackMerge,
  type FeedbackMerge,
  type MentorCopy,
  type MentorCopyContents,
  type MentorFeedback,
  type MergeSummary,
  type MergeTarget,
} from '../core/mentor/feedback.js';
import type { FilesByHash, PortfolioBundle, PortfoliosContents } from '../core/portfolio-file/bundle.js';
import { sectionsInOrder, type Portfolio } from '../core/portfolio/portfolio.js';
import type { PortfolioDatabase } from './database.js';
import { handbookOf } from './mentor.js';
import { addBundle } from './portfolio-files.js';
import { deleteEverythingOf } from './portfolios.js';
import { keepVersionsOfPortfolio } from './section-versions.js';
import { UserFacingError } from '../core/failure/failure.js';

/**
 * The mentor's round trip in the database (docs/mentor-round-trip.md): opening a shared
 * portfolio as a mentor copy, what feedback a copy sends, and bringing feedback in. Each
 * step is one transaction: it happens whole or not at all.
 */

/**
 * What opening a shared portfolio will do, asked before doing it: add a new mentor copy, or
 * bring one here up to date (keeping the mentor's own additions). Refused when the portfolio
 * is the candidate's own, or the share is older than the copy here.
 */
export interface SharedPortfolioOpening {
  readonly kind: 'new' | 'update';
  readonly title: string;
  readonly candidateName: string;
}

export async function sharedPortfolioOpening(
  db: PortfolioDatabase,
  shared: { readonly contents: PortfoliosContents; readonly createdAt: string },
): Promise<SharedPortfolioOpening> {
  const [bundle] = shared.contents.portfolios;
  if (bundle === undefined) throw new UserFacingError('This shared file holds no portfolio.');
  const here = await db.portfolios.get(bundle.portfolio.id);
  const { title, candidateName } = bundle.portfolio;
  if (here === undefined) return { kind: 'new', title, candidateName };
  if (here.mentorCopy === undefined) refuseOwnPortfolio(here.title);
  else refuseOlderShare(here.mentorCopy, shared.createdAt, here.title);
  return { kind: 'update', title, candidateName };
}

/** The candidate's own portfolio is on this computer: the share is for their mentor. */
function refuseOwnPortfolio(title: string): never {
  throw new UserFacingError(
    `“${title}” is your own portfolio, and it is already here. This file is the copy you shared: your mentor opens it in the app on their computer.`,
  );
}

/** A share older than the copy here would put older work in the place of newer: refused. */
function refuseOlderShare(copy: MentorCopy, sharedAt: string, title: string): void {
  if (sharedAt < copy.sharedAt) {
    throw new UserFacingError(
      `This file is an older share of “${title}” than the copy you have, so it was not opened. Nothing was changed; ask for the latest file if you need it.`,
    );
  }
}

/**
 * Opens a shared portfolio as the mentor's copy. Opening a newer share of one already here
 * replaces the candidate's work with the newer and keeps everything the mentor added to the
 * older copy, merged in as feedback would be. Returns the copy's id.
 */
export async function openAsMentorCopy(
  db: PortfolioDatabase,
  shared: { readonly contents: PortfoliosContents; readonly files: FilesByHash; readonly createdAt: string },
  now = Date.now(),
): Promise<{ readonly portfolioId: string; readonly carried: MergeSummary | undefined }> {
  const [bundle] = shared.contents.portfolios;
  if (bundle === undefined || shared.contents.purpose !== 'share')
    throw new UserFacingError('This file is not a portfolio shared with a mentor.');
  const portfolioId = bundle.portfolio.id;
  return db.transaction('rw', db.portfolioTables, async () => {
    const here = await db.portfolios.get(portfolioId);
    if (here !== undefined && here.mentorCopy === undefined) refuseOwnPortfolio(here.title);
    if (here?.mentorCopy !== undefined) refuseOlderShare(here.mentorCopy, shared.createdAt, here.title);
    const older = here === undefined ? undefined : await mentorCopyContents(db, portfolioId);
    if (here !== undefined) await deleteEverythingOf(db, [portfolioId], 'replacing');
    await addBundle(
      db,
      asMentorCopy(bundle, shared.createdAt, now, here?.mentorCopy?.feedbackSentAt ?? null),
      shared.files,
    );
    if (older === undefined) return { portfolioId, carried: undefined };
    const merge = planFeedbackMerge(
      await mergeTargetOf(db, portfolioId),
      feedbackFrom(older, now),
      () => crypto.randomUUID(),
      now,
    );
    await applyMerge(db, portfolioId, merge);
    return { portfolioId, carried: merge.summary };
  });
}

function asMentorCopy(
  bundle: PortfolioBundle,
  sharedAt: string,
  now: number,
  feedbackSentAt: number | null,
): PortfolioBundle {
  const handbook = bundle.mentorHandbook;
  const asShared = {
    signOffs: bundle.signOffs,
    mentorStatement: handbook?.mentorStatement ?? null,
    headTeacherStatement: handbook?.headTeacherStatement ?? null,
  };
  return {
    ...bundle,
    portfolio: { ...bundle.portfolio, mentorCopy: { openedAt: now, sharedAt, asShared, feedbackSentAt } },
  };
}

/** What a mentor copy's feedback is made from. Call inside a transaction that reads the mentor tables, or alone. */
export async function mentorCopyContents(db: PortfolioDatabase, portfolioId: string): Promise<MentorCopyContents> {
  return db.transaction(
    'r',
    [db.portfolios, db.mentorHandbooks, db.sectionComments, db.mentorRecords, db.signOffs],
    async () => {
      const portfolio = await db.portfolios.get(portfolioId);
      if (portfolio?.mentorCopy === undefined)
        throw new UserFacingError('Feedback is sent from a mentor’s copy of a shared portfolio.');
      const byPortfolio = { portfolioId };
      const [handbook, sectionComments, mentorRecords, signOffs] = await Promise.all([
        handbookOf(db, portfolioId),
        db.sectionComments.where(byPortfolio).toArray(),
        db.mentorRecords.where(byPortfolio).toArray(),
        db.signOffs.where(byPortfolio).toArray(),
      ]);
      return {
        portfolioId,
        portfolioTitle: portfolio.title,
        candidateName: portfolio.candidateName,
        mentorName: handbook.details.mentorName,
        copy: portfolio.mentorCopy,
        sectionComments,
        mentorRecords,
        signOffs,
        mentorStatement: handbook.mentorStatement,
        headTeacherStatement: handbook.headTeacherStatement,
      };
    },
  );
}

/** Notes that feedback was sent from a mentor copy, for the copy's screen to say when. */
export async function markFeedbackSent(db: PortfolioDatabase, portfolioId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.portfolios, async () => {
    const portfolio = await db.portfolios.get(portfolioId);
    if (portfolio?.mentorCopy === undefined) return;
    await db.portfolios.update(portfolioId, { mentorCopy: { ...portfolio.mentorCopy, feedbackSentAt: now } });
  });
}

/** What bringing this feedback in would add, or why it cannot come in. Changes nothing. */
export async function previewFeedback(
  db: PortfolioDatabase,
  feedback: MentorFeedback,
): Promise<{ readonly portfolio: Portfolio; readonly summary: MergeSummary }> {
  return db.transaction('r', mergeTables(db), async () => {
    const portfolio = await feedbackTarget(db, feedback);
    return {
      portfolio,
      summary: planFeedbackMerge(await mergeTargetOf(db, portfolio.id), feedback, () => '', Date.now()).summary,
    };
  });
}

/** Brings a mentor's feedback in beside the candidate's work, which it never changes. */
export async function importFeedback(
  db: PortfolioDatabase,
  feedback: MentorFeedback,
  now = Date.now(),
): Promise<MergeSummary> {
  return db.transaction('rw', mergeTables(db), async () => {
    const portfolio = await feedbackTarget(db, feedback);
    const merge = planFeedbackMerge(await mergeTargetOf(db, portfolio.id), feedback, () => crypto.randomUUID(), now);
    if (!isEmptyMerge(merge)) await keepVersionsOfPortfolio(db, portfolio.id, 'before-feedback', now);
    await applyMerge(db, portfolio.id, merge);
    return merge.summary;
  });
}

const mergeTables = (db: PortfolioDatabase) => [
  db.portfolios,
  db.sections,
  db.sectionContents,
  db.outcomes,
  db.evidence,
  db.sectionComments,
  db.mentorRecords,
  db.signOffs,
  db.mentorHandbooks,
  db.earlierVersions,
  db.deletions,
  db.sectionVersions,
];

async function feedbackTarget(db: PortfolioDatabase, feedback: MentorFeedback): Promise<Portfolio> {
  const portfolio = await db.portfolios.get(feedback.portfolioId);
  if (portfolio === undefined || portfolio.deletedAt !== undefined) {
    throw new UserFacingError(
      `This feedback is on “${feedback.portfolioTitle}”, which is not in the app on this computer. Restore the portfolio from a backup first, then bring the feedback in.`,
    );
  }
  if (portfolio.mentorCopy !== undefined)
    throw new UserFacingError(
      `This is feedback on “${portfolio.title}”, which you have here as a mentor. Send the file to ${portfolio.candidateName || 'the candidate'}: it is for them to bring in.`,
    );
  return portfolio;
}

async function mergeTargetOf(db: PortfolioDatabase, portfolioId: string): Promise<MergeTarget> {
  const portfolio = await db.portfolios.get(portfolioId);
  if (portfolio === undefined) throw new UserFacingError('This portfolio is no longer here.');
  const byPortfolio = { portfolioId };
  const [
    sections,
    outcomeIds,
    evidenceIds,
    sectionComments,
    mentorRecords,
    signOffs,
    handbook,
    earlierVersions,
    deletions,
  ] = await Promise.all([
    db.sections.where(byPortfolio).toArray(),
    db.outcomes.where(byPortfolio).primaryKeys(),
    db.evidence.where(byPortfolio).primaryKeys(),
    db.sectionComments.where(byPortfolio).toArray(),
    db.mentorRecords.where(byPortfolio).toArray(),
    db.signOffs.where(byPortfolio).toArray(),
    handbookOf(db, portfolioId),
    db.earlierVersions.where(byPortfolio).toArray(),
    db.deletions.where(byPortfolio).toArray(),
  ]);
  return {
    sectionIds: sectionsInOrder(portfolio, sections).map((section) => section.id),
    outcomeIds,
    evidenceIds,
    sectionComments,
    mentorRecords,
    signOffs,
    mentorStatement: handbook.mentorStatement,
    headTeacherStatement: handbook.headTeacherStatement,
    earlierVersions,
    deletions,
  };
}

async function applyMerge(db: PortfolioDatabase, portfolioId: string, merge: FeedbackMerge): Promise<void> {
  // Ids are unique across portfolios: one already used elsewhere would overwrite another portfolio's record.
  const [comments, records] = await Promise.all([
    db.sectionComments.bulkGet(merge.commentsToPut.map((comment) => comment.id)),
    db.mentorRecords.bulkGet(merge.recordsToAdd.map((record) => record.id)),
  ]);
  if ([...comments, ...records].some((record) => record !== undefined && record.portfolioId !== portfolioId)) {
    throw new UserFacingError(
      'This feedback names records that belong to another portfolio here, so it was not brought in. Ask your mentor to send it again.',
    );
  }
  await db.sectionComments.bulkPut([...merge.commentsToPut]);
  await db.mentorRecords.bulkAdd([...merge.recordsToAdd]);
  await db.signOffs.bulkPut([...merge.signOffsToPut]);
  await db.earlierVersions.bulkAdd([...merge.earlierVersionsToAdd]);
  if (merge.mentorStatement !== undefined || merge.headTeacherStatement !== undefined) {
    const handbook = await handbookOf(db, portfolioId);
    await db.mentorHandbooks.put({
      ...handbook,
      mentorStatement: merge.mentorStatement ?? handbook.mentorStatement,
      headTeacherStatement: merge.headTeacherStatement ?? handbook.headTeacherStatement,
    });
  }
}
