import type { WordTally } from '../counting/word-tally.js';
import type { EvidenceType, EvidenceWordRule } from '../programme/programme.js';

/** A piece of evidence from the candidate's practice, mapped to the outcomes it shows. */
export interface EvidenceItem {
  readonly id: string;
  readonly portfolioId: string;
  readonly pieceId: string;
  readonly title: string;
  /** ISO date, yyyy-mm-dd. */
  readonly date: string;
  readonly type: EvidenceType;
  readonly context: string;
  readonly description: string;
  readonly outcomeIds: readonly string[];
  /** Words this item counts as, when the candidate sets it; otherwise the programme's rule decides. */
  readonly wordsOverride: number | null;
  /** The reflective commentary's words, kept beside the item so counters never load the text. */
  readonly commentaryWords: WordTally;
  /** Reading-log entries the commentary cites. */
  readonly citedEntryIds: readonly string[];
  readonly position: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Far above a photographed document or a scanned PDF, far below what strains storage. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
};

/** Why a file cannot be attached, in words; undefined when it can. */
export function attachmentProblem(name: string, mediaType: string, size: number): string | undefined {
  if (!(mediaType in ATTACHMENT_TYPES)) return `“${name}” is not an image, a PDF or a Word document, so it cannot be attached.`;
  if (size > MAX_ATTACHMENT_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    return `“${name}” is ${megabytes} MB; attachments can be up to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB. Reduce it (e.g. save a smaller photo or a shorter PDF) and attach it again.`;
  }
  return undefined;
}

/** The words an item of evidence counts as under the programme's rule, or its own figure when set. */
export function evidenceWordEquivalence(item: Pick<EvidenceItem, 'type' | 'wordsOverride'>, rule: EvidenceWordRule): number {
  if (item.wordsOverride !== null) return item.wordsOverride;
  switch (rule.kind) {
    case 'none':
    case 'per-item':
      return 0;
    case 'fixed':
      return rule.wordsPerItem;
    case 'by-type':
      return rule.wordsByType[item.type];
  }
}
