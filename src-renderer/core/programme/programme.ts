/**
 * How a provider shapes the award: its assessment pieces, their word limits and what
 * counts toward them. Providers differ (shared domain notes), so all of this is data the
 * candidate can change, copied into each portfolio from a template.
 */

import type { GeneratedAppendix, SubmissionSettings } from './submission-settings.js';

/** What may count toward a piece's word limit; each is a switch in the programme. */
export const COUNTING_SWITCHES = [
  'headings',
  'quotations',
  'citations',
  'captions',
  'tables',
  'footnotes',
  'abstract',
  'referenceList',
  'appendices',
] as const;
export type CountingSwitch = (typeof COUNTING_SWITCHES)[number];
export type CountingRules = Readonly<Record<CountingSwitch, boolean>>;

export const COUNTING_SWITCH_LABELS: Readonly<Record<CountingSwitch, string>> = {
  headings: 'Headings',
  quotations: 'Quotations',
  citations: 'In-text citations',
  captions: 'Captions',
  tables: 'Tables',
  footnotes: 'Footnotes',
  abstract: 'Abstract',
  referenceList: 'Reference list',
  appendices: 'Appendices',
};

/** The usual UK rule: the main text, headings, quotations and citations count; the rest does not. */
export const USUAL_COUNTING: CountingRules = {
  headings: true,
  quotations: true,
  citations: true,
  captions: false,
  tables: false,
  footnotes: true,
  abstract: false,
  referenceList: false,
  appendices: false,
};

export const EVIDENCE_TYPES = [
  'observation',
  'meeting-record',
  'provision-map',
  'policy',
  'training-delivered',
  'data-analysis',
  'pupil-voice',
  'case-study',
  'correspondence',
  'other',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_TYPE_LABELS: Readonly<Record<EvidenceType, string>> = {
  observation: 'Observation',
  'meeting-record': 'Meeting record',
  'provision-map': 'Provision map',
  policy: 'Policy',
  'training-delivered': 'Training delivered',
  'data-analysis': 'Data analysis',
  'pupil-voice': 'Pupil voice',
  'case-study': 'Case study',
  correspondence: 'Correspondence',
  other: 'Other',
};

/** How a piece of evidence converts to words toward the limit. No national rule exists. */
export type EvidenceWordRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'fixed'; readonly wordsPerItem: number }
  | { readonly kind: 'by-type'; readonly wordsByType: Readonly<Record<EvidenceType, number>> }
  | { readonly kind: 'per-item' };

/** How far from the target a count may be without penalty, in per cent below and above. */
export interface Tolerance {
  readonly belowPercent: number;
  readonly abovePercent: number;
}

export type PieceKind = 'evidence-portfolio' | 'enquiry' | 'assignment' | 'outcomes-portfolio';

/** What a section is, which decides whether it counts: abstracts, references and appendices follow their switches. */
export type SectionRole = 'body' | 'abstract' | 'references' | 'appendix';

export interface SectionOutline {
  readonly title: string;
  readonly role: SectionRole;
}

/** One assessment piece's settings, as a portfolio holds them. */
export interface PieceSettings {
  readonly id: string;
  readonly title: string;
  readonly kind: PieceKind;
  /** null: no word limit (e.g. a pass/fail learning-outcomes portfolio). */
  readonly targetWords: number | null;
  readonly tolerance: Tolerance;
  /** ISO date, yyyy-mm-dd, or null when not yet known. */
  readonly dueDate: string | null;
  readonly counting: CountingRules;
  readonly evidenceWords: EvidenceWordRule;
  /** The module's code and title as the provider gives them (e.g. "SEN7001"), for the cover page and header; may be empty. */
  readonly moduleCode: string;
  readonly moduleTitle: string;
  /** Appendices written from the reading log, mentor handbook and outcomes, lettered after the piece's text in this order. */
  readonly appendices: readonly GeneratedAppendix[];
}

export interface PieceTemplate extends PieceSettings {
  readonly sections: readonly SectionOutline[];
}

export interface AttendancePlan {
  readonly taughtDays: number;
  /** The share of taught days a candidate must attend, from 0 to 1 (e.g. 0.8). */
  readonly requiredShare: number;
}

export interface StudyPlan {
  readonly units: number;
  readonly hoursPerUnit: number;
}

export interface ProgrammeTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly pieces: readonly PieceTemplate[];
  readonly attendance: AttendancePlan | null;
  readonly studyPlan: StudyPlan | null;
  readonly submission: SubmissionSettings;
}

/** What a portfolio keeps of its programme besides the pieces. */
export interface ProgrammeSettings {
  readonly templateId: string;
  readonly templateName: string;
  readonly attendance: AttendancePlan | null;
  readonly studyPlan: StudyPlan | null;
  readonly submission: SubmissionSettings;
}

/** Whether a section of this role counts toward its piece's limit under these rules. */
export function roleCounts(role: SectionRole, counting: CountingRules): boolean {
  switch (role) {
    case 'body':
      return true;
    case 'abstract':
      return counting.abstract;
    case 'references':
      return counting.referenceList;
    case 'appendix':
      return counting.appendices;
  }
}

/** True for the pieces that collect evidence items mapped to outcomes. */
export function holdsEvidence(kind: PieceKind): boolean {
  return kind === 'evidence-portfolio' || kind === 'outcomes-portfolio';
}
