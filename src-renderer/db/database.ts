import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { EvidenceItem } from '../core/evidence/evidence.js';
import type { Outcome } from '../core/outcomes/outcomes.js';
import type { Portfolio, Section, SectionContent } from '../core/portfolio/portfolio.js';
import type { StudyLogEntry } from '../core/portfolio/progress.js';
import type { ReadingLogEntry } from '../core/references/reading-log.js';
import type { MentorHandbook, MentorRecord, OutcomeSignOff } from '../core/mentor/mentor-handbook.js';
import type { RichTextNode } from '../core/document/rich-text.js';
import type { SectionComment } from '../core/comments/section-comment.js';
import type { Deletion, EarlierVersion } from '../core/mentor/feedback.js';
import type { SectionVersion } from '../core/history/section-versions.js';
import type { RecentlyDeleted } from './recently-deleted.js';
import { SCHEMA_VERSIONS } from './schema.js';
import { PORTFOLIO_TABLE_NAMES } from './tables.js';
import { mentorCopyGuard } from './mentor-copy-guard.js';

export const DATABASE_NAME = 'nasenco-portfolio';

/** A file attached to an item of evidence, kept as a Blob beside it. */
export interface Attachment {
  readonly id: string;
  readonly evidenceId: string;
  readonly portfolioId: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly data: Blob;
  readonly createdAt: number;
}

/** A picture shown in a text (a figure): the document holds only its id. */
export interface StoredPicture {
  readonly id: string;
  readonly portfolioId: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly data: Blob;
  readonly createdAt: number;
}

/**
 * A portfolio file kept inside the app: the copy of a portfolio taken just before a restore
 * replaced it, so that nothing a restore overwrites is lost.
 */
export interface SafetyCopy {
  readonly id: string;
  readonly portfolioId: string;
  readonly title: string;
  readonly createdAt: number;
  /** A `.nasenco` file. */
  readonly data: Blob;
}

export interface EvidenceCommentary {
  readonly evidenceId: string;
  readonly document: RichTextNode;
}

/** The app's one IndexedDB database. Only modules in `db/` touch it. */
export class PortfolioDatabase extends Dexie {
  portfolios!: Table<Portfolio, string>;
  sections!: Table<Section, string>;
  sectionContents!: Table<SectionContent, string>;
  outcomes!: Table<Outcome, string>;
  evidence!: Table<EvidenceItem, string>;
  evidenceCommentaries!: Table<EvidenceCommentary, string>;
  attachments!: Table<Attachment, string>;
  studyLog!: Table<StudyLogEntry, string>;
  readingLog!: Table<ReadingLogEntry, string>;
  mentorHandbooks!: Table<MentorHandbook, string>;
  mentorRecords!: Table<MentorRecord, string>;
  signOffs!: Table<OutcomeSignOff, string>;
  pictures!: Table<StoredPicture, string>;
  safetyCopies!: Table<SafetyCopy, string>;
  sectionComments!: Table<SectionComment, string>;
  earlierVersions!: Table<EarlierVersion, string>;
  deletions!: Table<Deletion, string>;
  sectionVersions!: Table<SectionVersion, string>;
  recentlyDeleted!: Table<RecentlyDeleted, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade !== undefined) declared.upgrade(upgrade);
    }
    this.use(mentorCopyGuard);
  }

  /** Every table holding a portfolio's data, for transactions that touch all of it. */
  get portfolioTables(): Table[] {
    return PORTFOLIO_TABLE_NAMES.map((name) => this.table(name));
  }
}
