import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceItem } from '../core/evidence/evidence.js';
import type { Outcome } from '../core/outcomes/outcomes.js';
import type { Portfolio, Section } from '../core/portfolio/portfolio.js';
import type { ReadingLogEntry } from '../core/references/reading-log.js';
import { appDatabase } from '../db/app-database.js';
import { evidenceOfPortfolio } from '../db/evidence.js';
import { outcomesOfPortfolio } from '../db/outcomes.js';
import { readingLogOf } from '../db/reading-log.js';
import { sectionsOfPortfolio } from '../db/sections.js';

export interface PortfolioData {
  readonly portfolio: Portfolio;
  readonly sections: readonly Section[];
  readonly evidence: readonly EvidenceItem[];
  readonly outcomes: readonly Outcome[];
  readonly readingLog: readonly ReadingLogEntry[];
}

/**
 * Everything a portfolio's screens show, kept up to date by live queries; null when it is gone.
 * Live counts while typing are not here: the counters subscribe to them (live-words.tsx).
 */
export function usePortfolio(portfolioId: string): PortfolioData | null | undefined {
  const portfolio = useLiveQuery(async () => (await appDatabase.portfolios.get(portfolioId)) ?? null, [portfolioId]);
  const sections = useLiveQuery(() => sectionsOfPortfolio(appDatabase, portfolioId), [portfolioId]);
  const evidence = useLiveQuery(() => evidenceOfPortfolio(appDatabase, portfolioId), [portfolioId]);
  const outcomes = useLiveQuery(() => outcomesOfPortfolio(appDatabase, portfolioId), [portfolioId]);
  const readingLog = useLiveQuery(() => readingLogOf(appDatabase, portfolioId), [portfolioId]);
  if (
    portfolio === undefined ||
    sections === undefined ||
    evidence === undefined ||
    outcomes === undefined ||
    readingLog === undefined
  )
    return undefined;
  if (portfolio === null || portfolio.deletedAt !== undefined) return null;
  return { portfolio, sections, evidence, outcomes, readingLog };
}
