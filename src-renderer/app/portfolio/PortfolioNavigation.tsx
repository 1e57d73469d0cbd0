import { sectionsOfPiece } from '../../core/portfolio/portfolio.js';
import { holdsEvidence } from '../../core/programme/programme.js';
import { portfolioHref, type PortfolioView } from '../../session/routes.js';
import { ExportButton } from '../../features/export/ExportButton.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { LivePieceTarget, LiveSectionCount } from '../../open-portfolio/live-words.js';

/** The portfolio's map: overview, each piece with its sections and evidence, outcomes, coverage, settings. */
export function PortfolioNavigation({ data, view }: { readonly data: PortfolioData; readonly view: PortfolioView }) {
  const { portfolio, sections, evidence } = data;
  const href = (target: PortfolioView) => portfolioHref(portfolio.id, target);
  const current = (target: PortfolioView) => (href(target) === href(view) ? ('page' as const) : undefined);
  const simpleLink = (
    kind: 'overview' | 'reading-log' | 'mentor' | 'outcomes' | 'coverage' | 'settings' | 'recently-deleted',
    label: string,
  ) => (
    <a className="nav-link" href={href({ kind })} aria-current={current({ kind })}>
      {label}
    </a>
  );

  return (
    <nav className="parts" aria-label="Portfolio">
      <div className="nav-group">
        {simpleLink('overview', 'Overview')}
        {simpleLink('reading-log', 'Reading log')}
        {simpleLink('mentor', 'Mentor handbook')}
        {simpleLink('outcomes', 'Learning outcomes')}
        {simpleLink('coverage', 'Outcome coverage')}
        {simpleLink('settings', 'Programme settings')}
        {simpleLink('recently-deleted', 'Recently deleted')}
      </div>
      {portfolio.pieces.map((piece) => {
        const pieceSections = sectionsOfPiece(sections, piece.id);
        const pieceEvidence = evidence.filter((item) => item.pieceId === piece.id);
        return (
          <section key={piece.id} className="part" aria-labelledby={`part-${piece.id}`}>
            <h2 id={`part-${piece.id}`}>{piece.title}</h2>
            <LivePieceTarget piece={piece} sections={sections} evidence={evidence} />
            <ul className="section-list" aria-label={`${piece.title}: sections`}>
              {pieceSections.map((section) => (
                <li key={section.id}>
                  <a
                    href={href({ kind: 'section', sectionId: section.id })}
                    aria-current={current({ kind: 'section', sectionId: section.id })}
                  >
                    <span>{section.title}</span>
                    <LiveSectionCount section={section} piece={piece} />
                  </a>
                </li>
              ))}
              {holdsEvidence(piece.kind) && (
                <li>
                  <a
                    href={href({ kind: 'evidence-list', pieceId: piece.id })}
                    aria-current={current({ kind: 'evidence-list', pieceId: piece.id })}
                  >
                    <span>Evidence</span>
                    <span className="section-count">
                      {pieceEvidence.length === 1 ? '1 item' : `${pieceEvidence.length} items`}
                    </span>
                  </a>
                </li>
              )}
            </ul>
            <ExportButton
              portfolioId={portfolio.id}
              pieceIds={[piece.id]}
              label="Export .docx"
              description={`Export ${piece.title} as a Word document`}
            />
          </section>
        );
      })}
      {portfolio.pieces.length > 1 && (
        <div className="nav-group">
          <ExportButton
            portfolioId={portfolio.id}
            pieceIds={portfolio.pieces.map((piece) => piece.id)}
            label="Export whole portfolio"
            description="Export every part in one Word document"
          />
        </div>
      )}
    </nav>
  );
}
