import { MAX_STORED_FILE_BYTES, megabytes } from '../files/limits.js';
import { safeFileName, type KeptFile } from '../files/kept-file.js';
import { withoutMetadata, type ImageFormat } from '../pictures/image-metadata.js';
import { countedWords, type WordTally } from '../counting/word-tally.js';
import {
  EVIDENCE_TYPE_LABELS,
  type EvidenceType,
  type EvidenceWordRule,
  type PieceSettings,
} from '../programme/programme.js';

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
  /** The item's word equivalence, when the candidate sets it; otherwise the programme's rule decides. */
  readonly wordsOverride: number | null;
  /** The reflective commentary's words, kept beside the item so counters never load the text. */
  readonly commentaryWords: WordTally;
  /** Reading-log entries the commentary cites. */
  readonly citedEntryIds: readonly string[];
  readonly position: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export const MAX_ATTACHMENT_BYTES = MAX_STORED_FILE_BYTES;

/** The kinds of file evidence may hold, with the name people know each by and the extensions it may have (the first is added when a name has none of them). */
const ATTACHMENT_KINDS = {
  'image/png': { label: 'PNG image', extensions: ['png'] },
  'image/jpeg': { label: 'JPEG image', extensions: ['jpg', 'jpeg'] },
  'image/gif': { label: 'GIF image', extensions: ['gif'] },
  'image/webp': { label: 'WebP image', extensions: ['webp'] },
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word document',
    extensions: ['docx'],
  },
} as const satisfies Record<string, { readonly label: string; readonly extensions: readonly string[] }>;

type AttachmentType = keyof typeof ATTACHMENT_KINDS;

export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ATTACHMENT_KINDS).map(([type, kind]) => [type, kind.label]),
);

const IMAGE_TYPES: Readonly<Record<ImageFormat, AttachmentType>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
};

const isAttachmentType = (mediaType: string): mediaType is AttachmentType => Object.hasOwn(ATTACHMENT_KINDS, mediaType);

/** Why a file cannot be attached, in words; undefined when it can. */
export function attachmentProblem(name: string, mediaType: string, size: number): string | undefined {
  if (!isAttachmentType(mediaType))
    return `“${name}” is not an image, a PDF or a Word document, so it cannot be attached.`;
  if (size > MAX_ATTACHMENT_BYTES) {
    return `“${name}” is ${megabytes(size)}; attachments can be up to ${megabytes(MAX_ATTACHMENT_BYTES)}. Reduce it (e.g. save a smaller photo or a shorter PDF) and attach it again.`;
  }
  return undefined;
}

export type AttachmentCheck =
  | { readonly ok: true; readonly file: KeptFile }
  | { readonly ok: false; readonly problem: string; readonly unreadablePicture: boolean };

/**
 * A file as evidence keeps it, whether attached by hand or brought in from a portfolio file:
 * a kind on the list, no larger than the app keeps, a name that cannot pass for a program or
 * point into a folder, and pictures without their metadata (a photo's GPS position, its
 * author, a motion photo's video). A picture's type is what its bytes are, whatever the
 * name said.
 */
export function keptAttachment(name: string, mediaType: string, bytes: Uint8Array): AttachmentCheck {
  const problem = attachmentProblem(name, mediaType, bytes.length);
  if (problem !== undefined) return { ok: false, problem, unreadablePicture: false };
  if (!mediaType.startsWith('image/'))
    return { ok: true, file: { name: attachmentFileName(name, mediaType), mediaType, bytes } };
  const clean = withoutMetadata(bytes, { keepOrientation: true });
  if (clean === undefined)
    return {
      ok: false,
      problem: `“${name}” is not a picture the app can read, so it cannot be attached. Save it again as PNG or JPEG and attach it.`,
      unreadablePicture: true,
    };
  const type = IMAGE_TYPES[clean.format];
  return { ok: true, file: { name: attachmentFileName(name, type), mediaType: type, bytes: clean.bytes } };
}

/** An attachment's name as it is kept and offered for download (kept-file.ts). */
export function attachmentFileName(name: string, mediaType: string): string {
  return safeFileName(name, isAttachmentType(mediaType) ? ATTACHMENT_KINDS[mediaType].extensions : [], 'Attachment');
}

/** The words an item of evidence counts as under the programme's rule, or its own figure when set. */
export function evidenceWordEquivalence(
  item: Pick<EvidenceItem, 'type' | 'wordsOverride'>,
  rule: EvidenceWordRule,
): number {
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

/**
 * What an item of evidence adds to its part's count: its reflective commentary, counted by the
 * programme's rules, and its word equivalence (the words the evidence itself stands for). One
 * number everywhere the app says what an item counts as.
 */
export interface EvidenceCount {
  readonly commentary: number;
  readonly equivalence: number;
  readonly total: number;
}

export function evidenceCount(
  item: Pick<EvidenceItem, 'type' | 'wordsOverride' | 'commentaryWords'>,
  piece: Pick<PieceSettings, 'evidenceWords' | 'counting'>,
): EvidenceCount {
  const commentary = countedWords(item.commentaryWords, piece.counting);
  const equivalence = evidenceWordEquivalence(item, piece.evidenceWords);
  return { commentary, equivalence, total: commentary + equivalence };
}

const words = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'word' : 'words'}`;

/** "Counts as 401 words toward Part 1: its commentary, 151 words, and its word equivalence, 250 words." */
export function describeEvidenceCount(count: EvidenceCount, pieceTitle: string): string {
  return `Counts as ${words(count.total)} toward ${pieceTitle}: its commentary, ${words(count.commentary)}, and its word equivalence, ${words(count.equivalence)}.`;
}

/** What to enter as an item's word equivalence, under the programme's rule. */
export function wordEquivalenceHint(rule: EvidenceWordRule, type: EvidenceType): string {
  switch (rule.kind) {
    case 'per-item':
      return 'The words this evidence stands for, as agreed with your tutor (a provision map might stand for 300). Your programme sets it item by item; it is added to the commentary’s words.';
    case 'fixed':
      return `Your programme counts each item of evidence as ${words(rule.wordsPerItem)}. Leave this empty to follow it, or enter the figure agreed for this item.`;
    case 'by-type':
      return `Your programme counts ${/^[aeiou]/iu.test(EVIDENCE_TYPE_LABELS[type]) ? 'an' : 'a'} ${EVIDENCE_TYPE_LABELS[type].toLowerCase()} as ${words(rule.wordsByType[type])}. Leave this empty to follow it, or enter the figure agreed for this item.`;
    case 'none':
      return 'Your programme counts only the commentary, not the evidence itself. Enter a number only if this item was agreed to count.';
  }
}
