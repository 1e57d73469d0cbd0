import type { Table } from 'dexie';
import type { PortfolioBundle } from '../core/portfolio-file/bundle.js';
import type { PortfolioDatabase } from './database.js';

/**
 * The one description of the database's tables. Adding a table to `PortfolioDatabase` without
 * describing it here is a type error, and so is a part of a portfolio file with no table to
 * hold it. Everything that must cover every table (deleting a portfolio, the transaction over
 * all of one, restoring from a file, the guard on a mentor's copy) reads this list.
 */

/** The names of the database's tables. */
export type TableName = {
  [K in keyof PortfolioDatabase]: PortfolioDatabase[K] extends Table ? K : never;
}[keyof PortfolioDatabase];

/**
 * How a record names its portfolio: by a field of its own (a portfolio by its id), or, for a
 * text kept apart from its record, by the record it belongs to.
 */
export type PortfolioOf =
  | { readonly field: 'portfolioId' | 'id' }
  | { readonly parent: 'sections'; readonly field: 'sectionId' }
  | { readonly parent: 'evidence'; readonly field: 'evidenceId' };

/**
 * What a write may change in a mentor's copy (docs/mentor-round-trip.md):
 * - `refused`: the candidate's work, exactly as shared;
 * - `allowed`: written by the mentor as well as the candidate (comments, records, sign-offs,
 *   what the app notes of their changes), under the rules of db/mentor.ts;
 * - a list of fields: a record of the candidate's of which the mentor may change only these.
 */
export type InMentorCopy = 'refused' | 'allowed' | readonly string[];

export interface PortfolioTable {
  readonly portfolioOf: PortfolioOf;
  readonly inMentorCopy: InMentorCopy;
  /** Where the table's records travel in a portfolio file; absent: they stay on this computer. */
  readonly inFile?: keyof PortfolioBundle;
  /** Each record keeps a file's bytes (`data`), which a portfolio file names by its hash. */
  readonly keepsFiles?: true;
  /** Kept when a restore replaces the portfolio (the texts as they were before it), gone only when it is deleted for good. */
  readonly outlivesReplacing?: true;
}

/** A table outside any portfolio. */
export interface AppTable {
  readonly outsidePortfolios: true;
}

export const TABLES = {
  // The copy's own title, its place in the bin and when feedback was sent are the mentor's to change;
  // the time the candidate last edited their work is not.
  portfolios: { portfolioOf: { field: 'id' }, inMentorCopy: ['title', 'deletedAt', 'mentorCopy'], inFile: 'portfolio' },
  sections: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'refused', inFile: 'sections' },
  sectionContents: {
    portfolioOf: { parent: 'sections', field: 'sectionId' },
    inMentorCopy: 'refused',
    inFile: 'sectionContents',
  },
  outcomes: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'refused', inFile: 'outcomes' },
  evidence: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'refused', inFile: 'evidence' },
  evidenceCommentaries: {
    portfolioOf: { parent: 'evidence', field: 'evidenceId' },
    inMentorCopy: 'refused',
    inFile: 'evidenceCommentaries',
  },
  attachments: {
    portfolioOf: { field: 'portfolioId' },
    inMentorCopy: 'refused',
    inFile: 'attachments',
    keepsFiles: true,
  },
  pictures: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'refused', inFile: 'pictures', keepsFiles: true },
  studyLog: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'refused', inFile: 'studyLog' },
  readingLog: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'refused', inFile: 'readingLog' },
  // The mentor's details are the candidate's; the final statements are signed by the mentor and head teacher.
  mentorHandbooks: {
    portfolioOf: { field: 'portfolioId' },
    inMentorCopy: ['mentorStatement', 'headTeacherStatement'],
    inFile: 'mentorHandbook',
  },
  mentorRecords: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'allowed', inFile: 'mentorRecords' },
  signOffs: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'allowed', inFile: 'signOffs' },
  sectionComments: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'allowed', inFile: 'sectionComments' },
  earlierVersions: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'allowed', inFile: 'earlierVersions' },
  deletions: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'allowed', inFile: 'deletions' },
  // Kept on this computer only: a section's history, and what waits in Recently deleted.
  sectionVersions: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'refused', outlivesReplacing: true },
  recentlyDeleted: { portfolioOf: { field: 'portfolioId' }, inMentorCopy: 'refused' },
  // Copies of portfolios kept before a restore replaced them: files, not a portfolio's records.
  safetyCopies: { outsidePortfolios: true },
} as const satisfies Record<TableName, PortfolioTable | AppTable>;

export type PortfolioTableName = { [K in TableName]: (typeof TABLES)[K] extends PortfolioTable ? K : never }[TableName];

/** The bundle's parts that some table holds; a part no table holds fails to compile below. */
type PartsHeld = {
  [K in PortfolioTableName]: (typeof TABLES)[K] extends { readonly inFile: infer Part } ? Part : never;
}[PortfolioTableName];
type Holds<Check extends true> = Check;
export type EveryPartOfAFileHasATable = Holds<
  [Exclude<keyof PortfolioBundle, PartsHeld>] extends [never] ? true : false
>;

export const PORTFOLIO_TABLE_NAMES = (Object.keys(TABLES) as TableName[]).filter(
  (name): name is PortfolioTableName => !('outsidePortfolios' in TABLES[name]),
);

export function describeTable(name: PortfolioTableName): PortfolioTable {
  return TABLES[name];
}
