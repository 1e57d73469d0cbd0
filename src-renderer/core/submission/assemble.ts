import type { WordTally } from '../counting/word-tally.js';
import { formatIsoDate } from '../dates/dates.js';
import { EMPTY_DOCUMENT, hasText, pictureIdsIn, relabelCitations, type RichTextNode } from '../document/rich-text.js';
import { ATTACHMENT_TYPES, evidenceWordEquivalence, type EvidenceItem } from '../evidence/evidence.js';
import type { MentorHandbook, MentorRecord, OutcomeSignOff } from '../mentor/mentor-handbook.js';
import type { Outcome } from '../outcomes/outcomes.js';
import {
  entriesCitedInPiece,
  sectionsOfPiece,
  wordsInPiece,
  type Portfolio,
  type Section,
} from '../portfolio/portfolio.js';
import { EVIDENCE_TYPE_LABELS, type PieceSettings, type SectionRole } from '../programme/programme.js';
import { harvardReference } from '../references/harvard.js';
import { pieceReferences } from '../references/piece-references.js';
import type { ReadingLogEntry } from '../references/reading-log.js';
import { coverageAppendix, mentorHandbookAppendix, readingLogAppendix } from './appendices.js';
import { coverPage, runningHeader } from './cover-page.js';
import type {
  AppendixForExport,
  AttachedPicture,
  EvidenceForExport,
  PieceForExport,
  Submission,
} from './submission.js';

/** A file attached to evidence, as the export reads it. */
export interface AttachedFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/** Everything a portfolio holds that a submission may draw on. */
export interface PortfolioRecords {
  readonly portfolio: Portfolio;
  readonly sections: readonly Section[];
  readonly documents: ReadonlyMap<string, RichTextNode>;
  readonly evidence: readonly EvidenceItem[];
  readonly commentaries: ReadonlyMap<string, RichTextNode>;
  readonly attachments: ReadonlyMap<string, readonly AttachedFile[]>;
  readonly outcomes: readonly Outcome[];
  readonly readingLog: readonly ReadingLogEntry[];
  readonly handbook: MentorHandbook | undefined;
  readonly mentorRecords: readonly MentorRecord[];
  readonly signOffs: readonly OutcomeSignOff[];
  /** The pictures the portfolio's texts show (figures), by id. */
  readonly pictures: ReadonlyMap<string, AttachedFile>;
}

const EMBEDDED_PICTURES = new Set(['image/png', 'image/jpeg']);

/**
 * The submission for one piece, or for every piece (`pieceIds` all of them) in one document.
 * The cover's count is the counting engine's `wordsInPiece`, the number the app shows.
 * `date` (yyyy-mm-dd) is the day of submission.
 */
export function assembleSubmission(records: PortfolioRecords, pieceIds: readonly string[], date: string): Submission {
  const { portfolio } = records;
  const pieces = pieceIds.flatMap((id) => portfolio.pieces.find((piece) => piece.id === id) ?? []);
  const submission = portfolio.programme.submission;
  const title = pieces.length === 1 && pieces[0] !== undefined ? pieces[0].title : portfolio.title;
  const exported = pieces.map((piece) => pieceForExport(records, piece));
  return {
    title,
    candidateNumber: portfolio.candidateNumber,
    runningHeader: runningHeader(portfolio.candidateNumber, pieces, portfolio.title),
    layout: submission.layout,
    pictureQuality: submission.pictureQuality,
    cover: coverPage({
      submission,
      candidateName: portfolio.candidateName,
      candidateNumber: portfolio.candidateNumber,
      portfolioTitle: portfolio.title,
      date,
      pieces: pieces.map((piece, index) => {
        const written = exported[index]?.sections.filter((section) => hasText(section.document)) ?? [];
        const writes = (role: SectionRole) => written.some((section) => section.role === role);
        return {
          piece,
          words: wordsInPiece(piece, records.sections, records.evidence),
          holds: {
            evidenceWords: records.evidence.some(
              (item) => item.pieceId === piece.id && evidenceWordEquivalence(item, piece.evidenceWords) > 0,
            ),
            tables: wordsOfPiece(records, piece.id).some((words) => words.tables > 0),
            captions: wordsOfPiece(records, piece.id).some((words) => words.captions > 0),
            abstract: writes('abstract'),
            referenceList: (exported[index]?.references.length ?? 0) > 0 || writes('references'),
            appendices: piece.appendices.length > 0 || writes('appendix'),
          },
        };
      }),
    }),
    pieces: exported,
    pictures: picturesShownIn(exported, records.pictures),
  };
}

/** The stored tallies of a piece's sections and evidence commentaries. */
function wordsOfPiece(records: PortfolioRecords, pieceId: string): WordTally[] {
  return [
    ...sectionsOfPiece(records.sections, pieceId).map((section) => section.words),
    ...records.evidence.filter((item) => item.pieceId === pieceId).map((item) => item.commentaryWords),
  ];
}

/** Only the pictures the exported texts show, so the worker is handed no more than it writes. */
function picturesShownIn(
  pieces: readonly PieceForExport[],
  pictures: ReadonlyMap<string, AttachedFile>,
): Map<string, AttachedPicture> {
  const documents = pieces.flatMap((piece) => [
    ...piece.sections.map((section) => section.document),
    ...piece.evidence.map((item) => item.commentary),
  ]);
  const shown = new Map<string, AttachedPicture>();
  for (const id of documents.flatMap(pictureIdsIn)) {
    const picture = pictures.get(id);
    if (picture !== undefined) shown.set(id, { name: picture.name, bytes: picture.bytes });
  }
  return shown;
}

function pieceForExport(records: PortfolioRecords, piece: PieceSettings): PieceForExport {
  // Citations are written afresh from the reading log, so the file never carries an outdated one.
  const references = pieceReferences(
    records.readingLog,
    entriesCitedInPiece(piece.id, records.sections, records.evidence),
  );
  const sections = sectionsOfPiece(records.sections, piece.id).map((section) => ({
    title: section.title,
    document: relabelCitations(records.documents.get(section.id) ?? EMPTY_DOCUMENT, references.label),
    role: section.role,
  }));
  const items = records.evidence.filter((item) => item.pieceId === piece.id).sort((a, b) => a.position - b.position);
  const codes = new Map(records.outcomes.map((outcome) => [outcome.id, outcome.code]));
  const evidence = items.map((item): EvidenceForExport => {
    const outcomeCodes = item.outcomeIds.flatMap((id) => codes.get(id) ?? []);
    const equivalence = evidenceWordEquivalence(item, piece.evidenceWords);
    const files = records.attachments.get(item.id) ?? [];
    return {
      title: item.title,
      summary: [
        formatIsoDate(item.date),
        EVIDENCE_TYPE_LABELS[item.type],
        outcomeCodes.length === 0 ? '' : `Outcomes ${outcomeCodes.join(', ')}`,
        equivalence > 0 ? `word equivalence ${equivalence.toLocaleString('en-GB')}` : '',
      ]
        .filter((part) => part !== '')
        .join(' · '),
      context: item.context,
      description: item.description,
      commentary: relabelCitations(records.commentaries.get(item.id) ?? EMPTY_DOCUMENT, references.label),
      pictures: files
        .filter((file) => EMBEDDED_PICTURES.has(file.mediaType))
        .map((file): AttachedPicture => ({ name: file.name, bytes: file.bytes })),
      otherAttachments: files
        .filter((file) => !EMBEDDED_PICTURES.has(file.mediaType))
        .map((file) => ATTACHMENT_TYPES[file.mediaType] ?? 'file'),
    };
  });
  const numbers = new Map(items.map((item, index) => [item.id, index + 1]));
  const appendices = piece.appendices.map((kind): AppendixForExport => {
    switch (kind) {
      case 'reading-log':
        return readingLogAppendix(records.readingLog, records.outcomes);
      case 'mentor-handbook':
        return mentorHandbookAppendix({
          handbook: records.handbook,
          records: records.mentorRecords,
          signOffs: records.signOffs,
          outcomes: records.outcomes,
          evidence: records.evidence,
        });
      case 'coverage-matrix':
        return coverageAppendix(records.outcomes, items, records.signOffs, (item) => numbers.get(item.id));
    }
  });
  return {
    title: piece.title,
    sections,
    evidence,
    references: references.list.map(({ entry, suffix }) => harvardReference(entry.reference, suffix)),
    appendices,
  };
}
