import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { describeSignOff } from '../../core/mentor/mentor-handbook.js';
import { appDatabase } from '../../db/app-database.js';
import { signOffsOf } from '../../db/mentor.js';
import { formatIsoDate } from '../../core/dates/dates.js';
import { outcomeCoverage } from '../../core/evidence/coverage.js';
import { OUTCOME_AREAS, OUTCOME_AREA_TITLES, type OutcomeArea } from '../../core/outcomes/outcomes.js';
import { portfolioHref } from '../../session/routes.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';

/** Outcomes down the side, evidence across the top: which evidence shows which outcome, and which outcomes have none. */
export function CoverageView({ data }: { readonly data: PortfolioData }) {
  const { portfolio, outcomes, evidence } = data;
  const [area, setArea] = useState<OutcomeArea | undefined>();
  const coverage = outcomeCoverage(outcomes, evidence, area);
  const signOffList = useLiveQuery(() => signOffsOf(appDatabase, portfolio.id), [portfolio.id]) ?? [];
  const signOffs = new Map(signOffList.map((signOff) => [signOff.outcomeId, signOff]));
  const columns = [...evidence].sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position);

  return (
    <section aria-labelledby="coverage-title">
      <div className="view-header">
        <h2 id="coverage-title">Outcome coverage</h2>
        <label>
          Show{' '}
          <select
            aria-label="Show outcomes from"
            value={area ?? ''}
            onChange={(event) => setArea(event.target.value === '' ? undefined : (event.target.value as OutcomeArea))}
          >
            <option value="">All areas</option>
            {OUTCOME_AREAS.map((code) => (
              <option key={code} value={code}>
                Area {code}: {OUTCOME_AREA_TITLES[code]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p>
        {coverage.covered} of {coverage.total} outcomes have evidence.
        {coverage.covered < coverage.total && ' Outcomes without evidence are marked “No evidence yet”.'}
      </p>
      <div className="matrix-scroller">
        <table className="coverage-matrix">
          <caption className="visually-hidden">Outcomes against evidence</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Evidence</th>
              <th scope="col">Mentor sign-off</th>
              {columns.map((item, index) => (
                <th key={item.id} scope="col" title={item.title}>
                  <a href={portfolioHref(portfolio.id, { kind: 'evidence', evidenceId: item.id })}>E{index + 1}</a>
                  <span className="visually-hidden">: {item.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <tr key={row.outcome.id} className={row.evidence.length === 0 ? 'uncovered' : undefined}>
                <th scope="row">
                  <strong>{row.outcome.code}</strong> {row.outcome.title}
                </th>
                <td className="evidence-count">
                  {row.evidence.length === 0 ? 'No evidence yet' : row.evidence.length}
                </td>
                <td className="sign-off" data-state={signOffs.get(row.outcome.id)?.state ?? 'none'}>
                  {describeSignOff(signOffs.get(row.outcome.id), formatIsoDate)}
                </td>
                {columns.map((item, index) => (
                  <td key={item.id}>
                    {row.evidence.includes(item) && (
                      <a
                        href={portfolioHref(portfolio.id, { kind: 'evidence', evidenceId: item.id })}
                        aria-label={`${row.outcome.code} shown by E${index + 1}, ${item.title}`}
                      >
                        ✓
                      </a>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {columns.length > 0 && (
        <ol className="matrix-key" aria-label="Evidence key">
          {columns.map((item, index) => (
            <li key={item.id}>
              E{index + 1}:{' '}
              <a href={portfolioHref(portfolio.id, { kind: 'evidence', evidenceId: item.id })}>{item.title}</a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
