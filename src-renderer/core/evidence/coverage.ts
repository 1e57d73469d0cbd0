import type { EvidenceItem } from './evidence.js';
import { outcomesInOrder, type Outcome, type OutcomeArea } from '../outcomes/outcomes.js';

export interface OutcomeCoverage {
  readonly outcome: Outcome;
  /** The evidence that shows this outcome, oldest first. */
  readonly evidence: readonly EvidenceItem[];
}

export interface CoverageSummary {
  readonly rows: readonly OutcomeCoverage[];
  readonly covered: number;
  readonly total: number;
}

/** Which evidence shows which outcome: the matrix behind the coverage screen and the dashboard. */
export function outcomeCoverage(
  outcomes: readonly Outcome[],
  evidence: readonly EvidenceItem[],
  area?: OutcomeArea,
): CoverageSummary {
  const byDate = [...evidence].sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position);
  const rows = outcomesInOrder(outcomes)
    .filter((outcome) => area === undefined || outcome.area === area)
    .map((outcome) => ({ outcome, evidence: byDate.filter((item) => item.outcomeIds.includes(outcome.id)) }));
  return { rows, covered: rows.filter((row) => row.evidence.length > 0).length, total: rows.length };
}

/** How many evidence items are mapped to an outcome: said before deleting it. */
export function evidenceMappedTo(outcomeId: string, evidence: readonly EvidenceItem[]): number {
  return evidence.filter((item) => item.outcomeIds.includes(outcomeId)).length;
}
