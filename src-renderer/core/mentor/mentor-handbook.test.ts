import { describe, expect, it } from 'vitest';
import { describeSignOff, outcomesSignedOffAsMet, signatureProblem, type OutcomeSignOff } from './mentor-handbook.js';

const signOff = (outcomeId: string, state: OutcomeSignOff['state'], name = '', date = ''): OutcomeSignOff => ({
  id: outcomeId,
  portfolioId: 'p',
  outcomeId,
  state,
  statement: '',
  name,
  date,
  author: 'mentor',
  updatedAt: 0,
});

describe('the mentor handbook', () => {
  it('describes a sign-off with who and when', () => {
    const format = (iso: string) => `on ${iso}`;
    expect(describeSignOff(signOff('a', 'met', 'Sam Mentor', '2027-03-03'), format)).toBe(
      'Met — Sam Mentor, on 2027-03-03',
    );
    expect(describeSignOff(signOff('a', 'not-yet-met'), format)).toBe('Not yet met');
    expect(describeSignOff(undefined, format)).toBe('Not signed off');
  });

  it('counts outcomes signed off as met, ignoring sign-offs of deleted outcomes', () => {
    expect(
      outcomesSignedOffAsMet(
        ['a', 'b', 'c'],
        [signOff('a', 'met'), signOff('b', 'not-yet-met'), signOff('gone', 'met')],
      ),
    ).toBe(1);
  });

  it('asks for a statement, a typed name and a date before accepting a signature', () => {
    expect(signatureProblem({ statement: '', name: 'Sam', date: '2027-03-03' })).toBe(
      'Write the statement before signing.',
    );
    expect(signatureProblem({ statement: 'Met in practice.', name: ' ', date: '2027-03-03' })).toBe(
      'Type your name to sign.',
    );
    expect(signatureProblem({ statement: 'Met in practice.', name: 'Sam', date: '' })).toBe(
      'Give the date of signing.',
    );
    expect(signatureProblem({ statement: 'Met in practice.', name: 'Sam', date: '2027-03-03' })).toBeUndefined();
  });
});
