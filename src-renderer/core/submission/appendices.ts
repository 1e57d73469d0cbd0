import { formatIsoDate, formatShortDate } from '../dates/dates.js';
import type { EvidenceItem } from '../evidence/evidence.js';
import { outcomeCoverage } from '../evidence/coverage.js';
import {
  describeOutcomesMet,
  describeProvenance,
  describeSignOff,
  SIGN_OFF_LABELS,
  signOffSignatory,
  type Signatory,
  type MentorHandbook,
  type MentorMeeting,
  type MentorRecord,
  type ObservationNote,
  type EvidenceComment,
  type OutcomeSignOff,
  type TypedSignature,
} from '../mentor/mentor-handbook.js';
import type { RecordAuthor } from '../mentor/mentor-handbook.js';
import { outcomesInOrder, type Outcome } from '../outcomes/outcomes.js';
import { GENERATED_APPENDIX_TITLES } from '../programme/submission-settings.js';
import { harvardReference } from '../references/harvard.js';
import type { ReadingLogEntry } from '../references/reading-log.js';
import { orderReferences } from '../references/reference-list.js';
import { textCell, type AppendixBlock, type AppendixForExport, type Line, type TableCell } from './submission.js';

function codesOf(outcomeIds: readonly string[], outcomes: readonly Outcome[]): string {
  const codes = new Map(outcomes.map((outcome) => [outcome.id, outcome.code]));
  return outcomeIds.flatMap((id) => codes.get(id) ?? []).join(', ');
}

function labelled(label: string, text: string): Line[] {
  return text.trim() === ''
    ? []
    : text
        .trim()
        .split(/\r?\n/u)
        .filter((line) => line.trim() !== '')
        .map((line, index) => (index === 0 ? [{ text: `${label}: `, bold: true }, { text: line }] : [{ text: line }]));
}

/** Who wrote a record, as a reader of the submission would name them (the app's own labels speak to the candidate). */
const WRITTEN_BY: Readonly<Record<RecordAuthor, string>> = {
  candidate: 'Candidate',
  mentor: 'Mentor',
  'head-teacher': 'Head teacher',
};

const nothingYet = (what: string): AppendixBlock => ({
  kind: 'paragraph',
  line: [{ text: `No ${what} recorded yet.`, italic: true }],
});

/** The reflective reading log as a table, in the order the reading was done. */
export function readingLogAppendix(
  entries: readonly ReadingLogEntry[],
  outcomes: readonly Outcome[],
): AppendixForExport {
  const suffixes = new Map(
    orderReferences(entries, (entry) => entry.reference).map(({ entry, suffix }) => [entry.id, suffix]),
  );
  const inOrder = [...entries].sort((a, b) => a.dateRead.localeCompare(b.dateRead) || a.createdAt - b.createdAt);
  const rows = inOrder.map((entry): TableCell[] => [
    textCell(formatShortDate(entry.dateRead)),
    [harvardReference(entry.reference, suffixes.get(entry.id) ?? '')],
    [
      ...textCell(entry.keyPoints),
      ...entry.quotations.map((quotation): Line => [
        {
          text: `“${quotation.text.trim()}”${quotation.page.trim() === '' ? '' : ` (p. ${quotation.page.trim()})`}`,
          italic: true,
        },
      ]),
    ],
    [
      ...labelled('Evaluation', entry.evaluation),
      ...labelled('Links', entry.links),
      ...labelled('Relevance to my setting', entry.relevance),
      ...labelled('What I will change', entry.change),
    ],
    textCell(codesOf(entry.outcomeIds, outcomes)),
  ]);
  return {
    title: GENERATED_APPENDIX_TITLES['reading-log'],
    blocks:
      rows.length === 0
        ? [nothingYet('reading')]
        : [
            {
              kind: 'table',
              columns: ['Date read', 'Source', 'Key points and quotations', 'Reflection', 'Outcomes'],
              widths: [12, 25, 25, 25, 13],
              rows,
            },
          ],
  };
}

export interface MentorHandbookForExport {
  readonly handbook: MentorHandbook | undefined;
  readonly records: readonly MentorRecord[];
  readonly signOffs: readonly OutcomeSignOff[];
  readonly outcomes: readonly Outcome[];
  readonly evidence: readonly EvidenceItem[];
}

/**
 * The mentor handbook: who mentored, the meetings, observations and comments on evidence,
 * the judgement on each outcome, and the final statements. The mentor's contact details and
 * the school's name stay out of the submission: they would identify the candidate.
 */
export function mentorHandbookAppendix({
  handbook,
  records,
  signOffs,
  outcomes,
  evidence,
}: MentorHandbookForExport): AppendixForExport {
  const blocks: AppendixBlock[] = [];
  const details = handbook?.details;
  const people = (
    [
      ['Mentor', details?.mentorName ?? ''],
      ['Mentor’s role', details?.mentorRole ?? ''],
      ['Head teacher', details?.headTeacherName ?? ''],
    ] as const
  ).filter(([, value]) => value.trim() !== '');
  if (people.length > 0)
    blocks.push({
      kind: 'table',
      columns: ['', ''],
      widths: [30, 70],
      rows: people.map(([label, value]): TableCell[] => [[[{ text: label, bold: true }]], textCell(value)]),
    });

  const byDate = <T extends MentorRecord>(kind: T['kind']) =>
    records
      .filter((record): record is T => record.kind === kind)
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
  const meetings = byDate<MentorMeeting>('meeting');
  blocks.push({ kind: 'subheading', text: 'Meetings' });
  blocks.push(
    meetings.length === 0
      ? nothingYet('meetings')
      : {
          kind: 'table',
          columns: ['Date', 'Focus', 'Outcomes', 'Agreed actions', 'Initials'],
          widths: [14, 28, 13, 35, 10],
          rows: meetings.map((meeting) => [
            textCell(formatShortDate(meeting.date)),
            textCell(meeting.focus),
            textCell(codesOf(meeting.outcomeIds, outcomes)),
            textCell(meeting.agreedActions),
            textCell(meeting.initials),
          ]),
        },
  );
  const observations = byDate<ObservationNote>('observation');
  if (observations.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Observations' });
    blocks.push({
      kind: 'table',
      columns: ['Date', 'Focus', 'Notes', 'Recorded by'],
      widths: [14, 26, 44, 16],
      rows: observations.map((note) => [
        textCell(formatShortDate(note.date)),
        textCell(note.focus),
        textCell(note.notes),
        textCell(WRITTEN_BY[note.author]),
      ]),
    });
  }
  const comments = byDate<EvidenceComment>('evidence-comment');
  if (comments.length > 0) {
    const titles = new Map(evidence.map((item) => [item.id, item.title]));
    blocks.push({ kind: 'subheading', text: 'Comments on evidence' });
    blocks.push({
      kind: 'table',
      columns: ['Date', 'Evidence', 'Comment', 'By'],
      widths: [14, 26, 44, 16],
      rows: comments.map((comment) => [
        textCell(formatShortDate(comment.date)),
        textCell(titles.get(comment.evidenceId) ?? 'An item since removed'),
        textCell(comment.comment),
        textCell(WRITTEN_BY[comment.author]),
      ]),
    });
  }

  const judged = new Map(signOffs.map((signOff) => [signOff.outcomeId, signOff]));
  blocks.push({ kind: 'subheading', text: 'Outcomes signed off' });
  blocks.push({
    kind: 'table',
    columns: ['Outcome', 'Judgement', 'Statement', 'Signed'],
    widths: [30, 14, 36, 20],
    rows: outcomesInOrder(outcomes).map((outcome) => {
      const signOff = judged.get(outcome.id);
      return [
        [[{ text: `${outcome.code} `, bold: true }, { text: outcome.title }]],
        textCell(signOff === undefined ? 'Not signed off' : SIGN_OFF_LABELS[signOff.state]),
        textCell(signOff?.statement ?? ''),
        signOff === undefined ? textCell('') : signedCell(signOff),
      ];
    }),
  });

  blocks.push({ kind: 'subheading', text: 'Final statements' });
  blocks.push(
    ...finalStatement('mentor', handbook?.mentorStatement ?? null),
    ...finalStatement('head-teacher', handbook?.headTeacherStatement ?? null),
  );
  return { title: GENERATED_APPENDIX_TITLES['mentor-handbook'], blocks };
}

/** Who signed an outcome's sign-off, and when, and where when it was entered on their behalf. */
function signedCell(signOff: OutcomeSignOff): TableCell {
  const provenance = describeProvenance(signOff.madeIn, signOffSignatory(signOff), 'assessor');
  const signed: Line = [
    { text: [signOff.name, formatShortDate(signOff.date)].filter((part) => part !== '').join(', ') },
  ];
  return provenance === undefined ? [signed] : [signed, [{ text: provenance, italic: true }]];
}

function finalStatement(signatory: Signatory, signature: TypedSignature | null): AppendixBlock[] {
  const who = WRITTEN_BY[signatory];
  if (signature === null)
    return [
      {
        kind: 'paragraph',
        line: [
          { text: `${who}: `, bold: true },
          { text: 'not yet signed.', italic: true },
        ],
      },
    ];
  const beside = signature.outcomesMet === undefined ? '' : `, with ${describeOutcomesMet(signature.outcomesMet)}`;
  const provenance = describeProvenance(signature.madeIn, signatory, 'assessor');
  return [
    { kind: 'paragraph', line: [{ text: `${who}: `, bold: true }, { text: signature.statement.trim() }] },
    {
      kind: 'paragraph',
      line: [
        {
          text: `Signed: ${signature.name.trim()}, ${formatIsoDate(signature.date)}${beside}.${provenance === undefined ? '' : ` ${provenance}`}`,
          italic: true,
        },
      ],
    },
  ];
}

/** Which evidence shows which outcome, and the mentor's judgement on each. */
export function coverageAppendix(
  outcomes: readonly Outcome[],
  evidence: readonly EvidenceItem[],
  signOffs: readonly OutcomeSignOff[],
  evidenceNumber: (item: EvidenceItem) => number | undefined,
): AppendixForExport {
  const judged = new Map(signOffs.map((signOff) => [signOff.outcomeId, signOff]));
  const { rows } = outcomeCoverage(outcomes, evidence);
  return {
    title: GENERATED_APPENDIX_TITLES['coverage-matrix'],
    blocks: [
      {
        kind: 'table',
        columns: ['Outcome', 'Evidence', 'Mentor’s judgement'],
        widths: [38, 38, 24],
        rows: rows.map(({ outcome, evidence: shown }) => [
          [[{ text: `${outcome.code} `, bold: true }, { text: outcome.title }]],
          shown.length === 0
            ? [[{ text: 'No evidence yet', italic: true }]]
            : shown.map((item): Line => {
                const number = evidenceNumber(item);
                return [{ text: number === undefined ? item.title : `Evidence ${number}: ${item.title}` }];
              }),
          textCell(describeSignOff(judged.get(outcome.id), formatShortDate)),
        ]),
      },
    ],
  };
}
