import { judgeWordCount } from '../../core/counting/word-target.js';
import { pieceBreakdown } from '../../core/portfolio/breakdown.js';
import type { PieceSettings } from '../../core/programme/programme.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { useWordsNow } from '../../open-portfolio/live-words.js';

const n = (value: number) => value.toLocaleString('en-GB');

/** Every section and evidence item of a piece: written, counted, and why anything is left out. */
export function CountBreakdownView({ data, piece }: { readonly data: PortfolioData; readonly piece: PieceSettings }) {
  const rows = pieceBreakdown(piece, data.sections, data.evidence, useWordsNow());
  const counted = rows.reduce((sum, row) => sum + row.counted, 0);
  const judged = judgeWordCount(counted, piece.targetWords, piece.tolerance);
  return (
    <section aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">How “{piece.title}” is counted</h2>
      <p>
        {judged.text}. {judged.verdict}.
      </p>
      <table className="breakdown-table">
        <thead>
          <tr>
            <th scope="col">Part of the work</th>
            <th scope="col">Written</th>
            <th scope="col">Counted</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className={row.counted === 0 && row.written > 0 ? 'excluded' : undefined}>
              <th scope="row">{row.label}</th>
              <td>{n(row.written)}</td>
              <td>{n(row.counted)}</td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{n(rows.reduce((sum, row) => sum + row.written, 0))}</td>
            <td data-testid="breakdown-total">{n(counted)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="field-hint">
        Counts follow Microsoft Word’s rule for what a word is. Change what counts in Programme settings.
      </p>
    </section>
  );
}
