import type { AttendancePlan, StudyPlan } from '../programme/programme.js';

const DAY_MS = 86_400_000;

/** A session of study the candidate logs toward the programme's planned hours. */
export interface StudyLogEntry {
  readonly id: string;
  readonly portfolioId: string;
  /** ISO date, yyyy-mm-dd. */
  readonly date: string;
  readonly hours: number;
  readonly note: string;
}

/** "Due in 12 days", "Due today", "3 days overdue", or undefined without a date. `today` is yyyy-mm-dd. */
export function describeDueDate(
  dueDate: string | null,
  today: string,
): { readonly days: number; readonly text: string } | undefined {
  if (dueDate === null) return undefined;
  const days = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  if (days === 0) return { days, text: 'Due today' };
  if (days === 1) return { days, text: 'Due tomorrow' };
  if (days > 1) return { days, text: `Due in ${days} days` };
  return { days, text: `${-days} ${days === -1 ? 'day' : 'days'} overdue` };
}

export interface AttendanceProgress {
  readonly attended: number;
  readonly required: number;
  readonly taughtDays: number;
  readonly met: boolean;
  readonly text: string;
}

/** Taught days attended against the share the programme requires (e.g. 8 of 10 for 80 %). */
export function attendanceProgress(attended: number, plan: AttendancePlan): AttendanceProgress {
  const required = Math.ceil(plan.taughtDays * plan.requiredShare - 1e-9);
  const met = attended >= required;
  return {
    attended,
    required,
    taughtDays: plan.taughtDays,
    met,
    text: `${attended} of ${plan.taughtDays} taught days attended; ${required} needed (${Math.round(plan.requiredShare * 100)} %)`,
  };
}

export interface StudyProgress {
  readonly logged: number;
  readonly planned: number;
  readonly text: string;
}

export function studyProgress(entries: readonly StudyLogEntry[], plan: StudyPlan): StudyProgress {
  const logged = Math.round(entries.reduce((sum, entry) => sum + entry.hours, 0) * 10) / 10;
  const planned = plan.units * plan.hoursPerUnit;
  return {
    logged,
    planned,
    text: `${logged.toLocaleString('en-GB')} of ${planned.toLocaleString('en-GB')} study hours logged (${plan.units} units × ${plan.hoursPerUnit} hours)`,
  };
}
