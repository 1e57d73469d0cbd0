import { describe, expect, it } from 'vitest';
import { areaOfCode, outcomesInOrder, parsePastedOutcomes, STARTING_OUTCOMES, type Outcome } from './outcomes.js';

describe('parsePastedOutcomes', () => {
  it('reads a pasted list with the usual handbook punctuation', () => {
    const lines = parsePastedOutcomes(
      [
        'B3 Working strategically with senior colleagues and governors',
        '',
        '• a1. Statutory framework',
        'C 2: Person-centred ethos',
        '  - B10 – Leading change',
      ].join('\n'),
    );
    expect(lines).toEqual([
      {
        ok: true,
        line: 1,
        outcome: {
          area: 'B',
          code: 'B3',
          title: 'Working strategically with senior colleagues and governors',
          description: '',
        },
      },
      { ok: true, line: 3, outcome: { area: 'A', code: 'A1', title: 'Statutory framework', description: '' } },
      { ok: true, line: 4, outcome: { area: 'C', code: 'C2', title: 'Person-centred ethos', description: '' } },
      { ok: true, line: 5, outcome: { area: 'B', code: 'B10', title: 'Leading change', description: '' } },
    ]);
  });

  it('reports lines it cannot read, with their number', () => {
    expect(parsePastedOutcomes('Working with parents\nD1 Something')).toEqual([
      { ok: false, line: 1, text: 'Working with parents', problem: 'Start the line with a code such as A1, B3 or C2.' },
      { ok: false, line: 2, text: 'D1 Something', problem: 'Start the line with a code such as A1, B3 or C2.' },
    ]);
  });
});

describe('outcomes', () => {
  it('ships a starting list covering all three areas with unique codes', () => {
    expect(new Set(STARTING_OUTCOMES.map((outcome) => outcome.area))).toEqual(new Set(['A', 'B', 'C']));
    expect(new Set(STARTING_OUTCOMES.map((outcome) => outcome.code)).size).toBe(STARTING_OUTCOMES.length);
    for (const outcome of STARTING_OUTCOMES) expect(areaOfCode(outcome.code)).toBe(outcome.area);
  });

  it('orders by area, then by position', () => {
    const make = (id: string, area: 'A' | 'B', position: number): Outcome => ({
      id,
      portfolioId: 'p',
      area,
      code: id,
      title: id,
      description: '',
      position,
    });
    expect(
      outcomesInOrder([make('b0', 'B', 0), make('a1', 'A', 1), make('a0', 'A', 0)]).map((outcome) => outcome.id),
    ).toEqual(['a0', 'a1', 'b0']);
  });
});
