import type { FileData } from './byte-source.js';
import type { SectionComment } from '../comments/section-comment.js';
import type { RichTextNode } from '../document/rich-text.js';
import type { Deletion, EarlierVersion, MentorFeedback } from '../mentor/feedback.js';
import type { EvidenceItem } from '../evidence/evidence.js';
import type { MentorHandbook, MentorRecord, OutcomeSignOff } from '../mentor/mentor-handbook.js';
import type { Outcome } from '../outcomes/outcomes.js';
import type { Portfolio, Section, SectionContent } from '../portfolio/portfolio.js';
import type { StudyLogEntry } from '../portfolio/progress.js';
import type { ReadingLogEntry } from '../references/reading-log.js';

/** A file kept beside a record (an evidence attachment, a picture in the text), named in the file by its content's SHA-256. */
export interface StoredFileEntry {
  readonly id: string;
  readonly portfolioId: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly createdAt: number;
  /** Lower-case hex; the file's bytes are the entry `attachments/<sha256>`. */
  readonly sha256: string;
}

export interface AttachmentEntry extends StoredFileEntry {
  readonly evidenceId: string;
}

export interface EvidenceCommentaryEntry {
  readonly evidenceId: string;
  readonly document: RichTextNode;
}

/**
 * Everything one portfolio holds, as stored, with files named by their hash instead of
 * carried inline: what a `.nasenco` file holds for each portfolio (docs/file-format.md).
 */
export interface PortfolioBundle {
  readonly portfolio: Portfolio;
  readonly sections: readonly Section[];
  readonly sectionContents: readonly SectionContent[];
  readonly outcomes: readonly Outcome[];
  readonly evidence: readonly EvidenceItem[];
  readonly evidenceCommentaries: readonly EvidenceCommentaryEntry[];
  readonly attachments: readonly AttachmentEntry[];
  readonly pictures: readonly StoredFileEntry[];
  readonly studyLog: readonly StudyLogEntry[];
  readonly readingLog: readonly ReadingLogEntry[];
  readonly mentorHandbook: MentorHandbook | null;
  readonly mentorRecords: readonly MentorRecord[];
  readonly signOffs: readonly OutcomeSignOff[];
  /** Since format 2. */
  readonly sectionComments: readonly SectionComment[];
  /** Since format 3. */
  readonly earlierVersions: readonly EarlierVersion[];
  /** Since format 3 (absent in the earliest files of that version: read as none). */
  readonly deletions: readonly Deletion[];
}

/** Why a file holding portfolios was written: a backup of everything, or one portfolio shared with a mentor. */
export type FilePurpose = 'backup' | 'share';

/**
 * What `portfolio.json` holds: whole portfolios (a backup, or a portfolio shared with a
 * mentor), or a mentor's feedback on one (since format 3).
 */
export type PortfolioFileContents = PortfoliosContents | FeedbackContents;

export interface PortfoliosContents {
  readonly purpose: FilePurpose;
  readonly portfolios: readonly PortfolioBundle[];
}

export interface FeedbackContents {
  readonly purpose: 'feedback';
  readonly feedback: MentorFeedback;
}

/** The portfolios a file holds: none for feedback. */
export function portfoliosIn(contents: PortfolioFileContents): readonly PortfolioBundle[] {
  return contents.purpose === 'feedback' ? [] : contents.portfolios;
}

/** The files a bundle names, by hash. */
export type FilesByHash = ReadonlyMap<string, FileData>;
