import type { PictureQuality } from '../pictures/print-size.js';

/**
 * How a submitted document looks and what its cover page says. Handbooks differ in the
 * details, so these are settings copied from the template into each portfolio; the
 * defaults are what UK handbooks usually ask for (shared domain notes).
 */

export const SUBMISSION_FONTS = ['Arial', 'Calibri', 'Verdana', 'Times New Roman'] as const;
export type SubmissionFont = (typeof SUBMISSION_FONTS)[number];

export const LINE_SPACINGS = [1, 1.15, 1.5, 2] as const;

export interface SubmissionLayout {
  readonly font: SubmissionFont;
  /** Body text size in points. */
  readonly fontSizePt: number;
  /** 1 is single spacing, 1.5 one-and-a-half lines, 2 double. */
  readonly lineSpacing: number;
  /** The same margin on every side of an A4 page, in centimetres. */
  readonly marginCm: number;
}

export interface SubmissionSettings {
  /** The award as the cover page names it. */
  readonly programmeTitle: string;
  /** The university or provider, or empty. */
  readonly provider: string;
  /** The own-work declaration printed on every cover page. */
  readonly declaration: string;
  /** Anonymous marking is the default: the candidate's name goes on the cover only when this is on. */
  readonly nameOnCover: boolean;
  readonly layout: SubmissionLayout;
  /** How sharp exported pictures are; the portfolio keeps every photo as it was taken. */
  readonly pictureQuality: PictureQuality;
  /** The provider's upload limit in megabytes, or null when the candidate has not said: an export larger is warned of. */
  readonly uploadLimitMb: number | null;
}

/** Turnitin refuses files over 100 MB, whatever the provider's own limit. */
export const TURNITIN_LIMIT_MB = 100;

export const USUAL_LAYOUT: SubmissionLayout = { font: 'Arial', fontSizePt: 12, lineSpacing: 1.5, marginCm: 2.54 };

export const USUAL_DECLARATION =
  'I confirm that this work is my own, that it has not been submitted for any other assessment, and that every source I have used is acknowledged and referenced. ' +
  'Children, families, colleagues and the school are not named: any names used are pseudonyms.';

export const USUAL_SUBMISSION: SubmissionSettings = {
  programmeTitle: 'National Award for Special Educational Needs Co-ordination',
  provider: '',
  declaration: USUAL_DECLARATION,
  nameOnCover: false,
  layout: USUAL_LAYOUT,
  pictureQuality: 'standard',
  uploadLimitMb: null,
};

/** The appendices the app writes from what it holds, in the order they are lettered. */
export const GENERATED_APPENDICES = ['reading-log', 'mentor-handbook', 'coverage-matrix'] as const;
export type GeneratedAppendix = (typeof GENERATED_APPENDICES)[number];

export const GENERATED_APPENDIX_TITLES: Readonly<Record<GeneratedAppendix, string>> = {
  'reading-log': 'Reflective reading log',
  'mentor-handbook': 'Mentor handbook',
  'coverage-matrix': 'Learning outcomes coverage',
};
