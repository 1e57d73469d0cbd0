import type { Transaction } from 'dexie';
import { upgradeToProgrammes } from './upgrades/2-programmes.js';
import { upgradeToCitations } from './upgrades/4-citations.js';
import { upgradeToSubmission } from './upgrades/6-submission.js';
import { upgradeToTablesAndFigures } from './upgrades/7-tables-and-figures.js';
import { upgradeToSpacedCitations } from './upgrades/14-recount.js';
import { upgradeToPictureQuality } from './upgrades/15-picture-quality.js';

/**
 * Every version of the database's layout, oldest first. Users' portfolios live in
 * these tables for years: never edit a version that has shipped. To change the
 * layout, add a version with the new stores and an `upgrade` that rewrites the old
 * rows, a test that opens a database at the old version and upgrades it, and a frozen
 * fixture of the version it replaces (schema-fixtures/README.md).
 */
export interface SchemaVersion {
  readonly version: number;
  /** Dexie store definitions: primary key first, then indexed fields. */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      portfolios: 'id, updatedAt',
      sections: 'id, portfolioId',
      sectionContents: 'sectionId',
    },
  },
  {
    // Programme templates, learning outcomes, evidence with attachments, and the study log.
    version: 2,
    stores: {
      outcomes: 'id, portfolioId',
      evidence: 'id, portfolioId',
      evidenceCommentaries: 'evidenceId',
      attachments: 'id, evidenceId, portfolioId',
      studyLog: 'id, portfolioId',
    },
    upgrade: upgradeToProgrammes,
  },
  {
    // The reflective reading log.
    version: 3,
    stores: { readingLog: 'id, portfolioId' },
  },
  {
    // Citations: words in citations are counted apart, and what each text cites is kept beside it.
    version: 4,
    stores: {},
    upgrade: upgradeToCitations,
  },
  {
    // The mentor handbook: details and final statements, meetings, observations, comments, sign-offs.
    version: 5,
    stores: {
      mentorHandbooks: 'portfolioId',
      mentorRecords: 'id, portfolioId, evidenceId',
      signOffs: 'id, portfolioId, outcomeId',
    },
  },
  {
    // Submission settings: cover page, layout, module codes, and the appendices the app writes.
    version: 6,
    stores: {},
    upgrade: upgradeToSubmission,
  },
  {
    // Tables and pictures with captions in the text: the pictures kept apart, their words counted apart.
    version: 7,
    stores: { pictures: 'id, portfolioId' },
    upgrade: upgradeToTablesAndFigures,
  },
  {
    // Copies of portfolios taken before a restore replaced them.
    version: 8,
    stores: { safetyCopies: 'id, createdAt' },
  },
  {
    // Comments on sections' passages, with replies, in the editor's margin.
    version: 9,
    stores: { sectionComments: 'id, portfolioId, sectionId' },
  },
  {
    // Mentor feedback: a sign-off or final statement set aside when a different one arrived.
    version: 10,
    stores: { earlierVersions: 'id, portfolioId' },
  },
  {
    // What the candidate deleted or withdrew, so that feedback brought in again does not bring it back.
    version: 11,
    stores: { deletions: 'id, portfolioId' },
  },
  {
    // Earlier versions of each section's text (core/history).
    version: 12,
    stores: { sectionVersions: 'id, sectionId, portfolioId, [sectionId+createdAt]' },
  },
  {
    // Recently deleted: sections, evidence and reading-log entries, kept 30 days with all that hangs on them.
    version: 13,
    stores: { recentlyDeleted: 'id, portfolioId, deletedAt' },
  },
  {
    // Citations counted as they are exported, spaced as a writer expects: every stored count worked out again.
    version: 14,
    stores: {},
    upgrade: upgradeToSpacedCitations,
  },
  {
    version: 15,
    stores: {},
    upgrade: upgradeToPictureQuality,
  },
];
