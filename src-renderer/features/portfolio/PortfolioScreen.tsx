import { useLiveQuery } from 'dexie-react-hooks';
import { sectionsInOrder, sectionsOfPiece, type Section } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { sectionsOfPortfolio } from '../../db/portfolios.js';
import { navigate, useSession } from '../../app/session-store.js';
import { ExportPieceButton } from './ExportPieceButton.js';
import { SaveIndicator } from './SaveIndicator.js';
import { SectionPane } from './SectionPane.js';
import { WordTarget } from './WordTarget.js';

export function PortfolioScreen({ portfolioId, sectionId }: { readonly portfolioId: string; readonly sectionId?: string }) {
  const portfolio = useLiveQuery(async () => (await appDatabase.portfolios.get(portfolioId)) ?? null, [portfolioId]);
  const sections = useLiveQuery(() => sectionsOfPortfolio(appDatabase, portfolioId), [portfolioId]);
  const liveCount = useSession((state) => state.liveCount);

  if (portfolio === undefined || sections === undefined) return <p className="loading">Opening portfolio…</p>;
  if (portfolio === null || portfolio.deletedAt !== undefined) {
    return (
      <main className="missing">
        <h1>This portfolio is not here</h1>
        <p>It may have been deleted. Deleted portfolios can be restored from the home screen until the app is closed.</p>
        <button type="button" onClick={() => navigate({ screen: 'home' })}>
          Back to your portfolios
        </button>
      </main>
    );
  }

  // The open section's count comes from the editor, ahead of the save; the rest from the database.
  const wordsIn = (section: Section) => (liveCount?.sectionId === section.id ? liveCount.words : section.wordCount);
  const open = sections.find((section) => section.id === sectionId) ?? sectionsInOrder(portfolio, sections)[0];

  return (
    <div className="portfolio-screen">
      <header className="portfolio-header">
        <a href="#/" className="back-link">
          ← All portfolios
        </a>
        <h1>{portfolio.title}</h1>
        <SaveIndicator />
      </header>
      <nav className="parts" aria-label="Parts and sections">
        {portfolio.pieces.map((piece) => {
          const pieceSections = sectionsOfPiece(sections, piece.id);
          const words = pieceSections.reduce((sum, section) => sum + wordsIn(section), 0);
          return (
            <section key={piece.id} className="part" aria-labelledby={`part-${piece.id}`}>
              <h2 id={`part-${piece.id}`}>{piece.title}</h2>
              <WordTarget words={words} target={piece.targetWords} label={`${piece.title} total`} />
              <ul className="section-list">
                {pieceSections.map((section) => (
                  <li key={section.id}>
                    <a
                      href={`#/portfolio/${encodeURIComponent(portfolio.id)}/section/${encodeURIComponent(section.id)}`}
                      aria-current={section.id === open?.id ? 'page' : undefined}
                    >
                      <span>{section.title}</span>
                      <span className="section-count" data-section-count={section.id}>
                        {wordsIn(section).toLocaleString('en-GB')}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
              <ExportPieceButton portfolio={portfolio} pieceId={piece.id} pieceTitle={piece.title} />
            </section>
          );
        })}
      </nav>
      <main className="writing">{open === undefined ? <p>This portfolio has no sections yet.</p> : <SectionPane section={open} />}</main>
    </div>
  );
}
