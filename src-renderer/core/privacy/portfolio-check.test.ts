import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../document/rich-text.js';
import { checkTexts, replaceNameInRecord, textOfRecord } from './portfolio-check.js';

const doc = (...paragraphs: string[]): RichTextNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const JAMIE = { name: 'Jamie Rowntree', kind: 'pupil' as const, pseudonym: 'Pupil A' };

describe('the check over a portfolio', () => {
  it('ties each finding to its place, with a few words either side to recognise it by', () => {
    const findings = checkTexts(
      [
        {
          place: { kind: 'section', sectionId: 's1' },
          label: 'Findings',
          text: 'After six weeks of pre-teaching, Jamie Rowntree read with far more confidence in guided reading sessions.',
        },
        {
          place: { kind: 'evidence', evidenceId: 'e1' },
          label: 'Evidence: Provision map',
          text: 'Nothing here names anyone.',
        },
      ],
      [JAMIE],
    );
    expect(findings).toEqual([
      {
        finding: expect.objectContaining({ kind: 'known-name', text: 'Jamie Rowntree' }) as unknown,
        place: { kind: 'section', sectionId: 's1' },
        label: 'Findings',
        before: 'After six weeks of pre-teaching, ',
        after: ' read with far more confidence in…',
      },
    ]);
  });

  it('reads everything written in a record, and nothing that is not writing', () => {
    const evidence = {
      id: 'e1',
      portfolioId: 'p',
      type: 'observation',
      title: 'Observation of Jamie Rowntree',
      context: 'Year 5 class',
      description: '',
      date: '2026-03-14',
      outcomeIds: ['o1'],
    };
    expect(textOfRecord(evidence)).toBe('Observation of Jamie Rowntree\n\nYear 5 class');
    const entry = {
      id: 'r1',
      reference: { authors: 'Rowntree, J.' },
      keyPoints: 'Useful for Jamie.',
      quotations: [{ text: 'A quotation', page: '4' }],
    };
    expect(textOfRecord(entry)).toBe('Useful for Jamie.\n\nA quotation\n\n4');
    expect(textOfRecord({ sectionId: 's1', document: doc('One.', 'Two.') })).toBe('One.\n\nTwo.');
    // Who mentors and signs is asked for by the award, not a slip: not checked, never replaced.
    const handbook = {
      details: { mentorName: 'Jo Mentor', mentorContact: 'jo@example.org', school: 'Elmfield Primary' },
      mentorStatement: { statement: 'Met in practice.', name: 'Jo Mentor', date: '2027-03-01' },
    };
    expect(textOfRecord(handbook)).toBe('Met in practice.');
    expect(textOfRecord({ kind: 'meeting', focus: 'Reading', initials: 'JO' })).toBe('Reading');
  });
});

describe('a pseudonym in place of a name, in a whole record', () => {
  it('replaces it in every text field and document, leaves ids, dates and references alone, and never changes the input', () => {
    const record = {
      id: 'Jamie Rowntree',
      title: 'Jamie Rowntree’s reading',
      notes: ['Met Jamie Rowntree’s parents'],
      reference: { authors: 'Jamie Rowntree' },
      document: doc('Jamie Rowntree read aloud.'),
    };
    const frozen = JSON.stringify(record);
    const { record: replaced, replaced: count } = replaceNameInRecord(record, 'Jamie Rowntree', 'Pupil A');
    expect(count).toBe(3);
    expect(replaced).toEqual({
      id: 'Jamie Rowntree',
      title: 'Pupil A’s reading',
      notes: ['Met Pupil A’s parents'],
      reference: { authors: 'Jamie Rowntree' },
      document: doc('Pupil A read aloud.'),
    });
    expect(JSON.stringify(record)).toBe(frozen);
  });

  it('gives back the same record when the name is not in it', () => {
    const record = { id: 'e1', title: 'Provision map' };
    expect(replaceNameInRecord(record, 'Jamie Rowntree', 'Pupil A')).toEqual({ record, replaced: 0 });
    expect(replaceNameInRecord(record, 'Jamie Rowntree', 'Pupil A').record).toBe(record);
  });
});
