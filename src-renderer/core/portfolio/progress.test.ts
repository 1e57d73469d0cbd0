import { describe, expect, it } from 'vitest';
import { attendanceProgress, describeDueDate, studyProgress } from './progress.js';

describe('describeDueDate', () => {
  it.each([
    ['2026-12-05', 'Due in 12 days', 12],
    ['2026-11-24', 'Due tomorrow', 1],
    ['2026-11-23', 'Due today', 0],
    ['2026-11-22', '1 day overdue', -1],
    ['2026-11-20', '3 days overdue', -3],
  ])('%s is %j on 23 November', (due, text, days) => {
    expect(describeDueDate(due, '2026-11-23')).toEqual({ days, text });
  });

  it('says nothing without a date', () => {
    expect(describeDueDate(null, '2026-11-23')).toBeUndefined();
  });

  it('counts across the clocks going back', () => {
    expect(describeDueDate('2026-11-01', '2026-10-20')?.days).toBe(12);
  });
});

describe('attendanceProgress', () => {
  it('works out the days needed from the required share', () => {
    expect(attendanceProgress(7, { taughtDays: 10, requiredShare: 0.8 })).toMatchObject({
      required: 8,
      met: false,
      text: '7 of 10 taught days attended; 8 needed (80 %)',
    });
    expect(attendanceProgress(8, { taughtDays: 10, requiredShare: 0.8 }).met).toBe(true);
    expect(attendanceProgress(9, { taughtDays: 9, requiredShare: 0.85 }).required).toBe(8);
  });
});

describe('studyProgress', () => {
  it('adds up logged hours against units × hours per unit', () => {
    const entries = [1.5, 2, 0.25].map((hours, index) => ({
      id: `${index}`,
      portfolioId: 'p',
      date: '2026-11-01',
      hours,
      note: '',
    }));
    expect(studyProgress(entries, { units: 24, hoursPerUnit: 5 })).toEqual({
      logged: 3.8,
      planned: 120,
      text: '3.8 of 120 study hours logged (24 units × 5 hours)',
    });
  });
});
