import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { PieceSettingsForm } from './PieceSettingsForm.js';
import { ProgrammePlansForm } from './ProgrammePlansForm.js';
import { SectionsEditor } from './SectionsEditor.js';
import { SubmissionSettingsForm } from './SubmissionSettingsForm.js';
import { StorageStatus } from '../storage/StorageStatus.js';
import { SpellingWords } from '../spelling/SpellingWords.js';

/** Everything the programme template set, for the candidate to change to match their provider. */
export function SettingsView({ data }: { readonly data: PortfolioData }) {
  const { portfolio, sections } = data;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Programme settings</h2>
      <p className="muted">
        Started from “{portfolio.programme.templateName}”. Change targets, dates, what counts and the sections to match
        your provider’s handbook: every change is saved as you make it, and the counters follow at once.
      </p>
      {/* Not keyed by their settings: each save would remount the form under the person's fingers. */}
      <ProgrammePlansForm portfolio={portfolio} />
      <SubmissionSettingsForm portfolio={portfolio} />
      {portfolio.pieces.map((piece) => (
        <section key={piece.id} className="settings-piece" aria-labelledby={`settings-${piece.id}`}>
          <h3 id={`settings-${piece.id}`}>{piece.title}</h3>
          <PieceSettingsForm portfolioId={portfolio.id} piece={piece} />
          <SectionsEditor
            portfolioId={portfolio.id}
            piece={piece}
            sections={sections.filter((section) => section.pieceId === piece.id)}
          />
        </section>
      ))}
      <StorageStatus headingLevel={3} offerBackUp />
      <SpellingWords headingLevel={3} />
    </section>
  );
}
