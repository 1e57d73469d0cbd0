import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { listDeletedPortfolios, listPortfolios, restorePortfolio } from '../../db/portfolios.js';
import { navigate, openBackUp, takeOpenedPortfolioFile, useSession } from '../../session/session-store.js';
import { CreatePortfolioDialog } from './CreatePortfolioDialog.js';
import { DeletePortfolioDialog } from './DeletePortfolioDialog.js';
import { RenamePortfolioDialog } from './RenamePortfolioDialog.js';
import { formatLastEdited } from '../../core/dates/last-edited.js';
import { useNow } from '../../ui/use-now.js';
import { DisplaySettingsButton } from '../display/DisplaySettingsButton.js';
import { useOpenPortfolioFile } from '../portfolio-files/OpenPortfolioFile.js';
import { SafetyCopies } from '../portfolio-files/SafetyCopies.js';
import { StorageStatus } from '../storage/StorageStatus.js';

type OpenDialog =
  { readonly kind: 'create' } | { readonly kind: 'rename' | 'delete'; readonly portfolio: Portfolio } | undefined;

export function HomeScreen() {
  const portfolios = useLiveQuery(() => listPortfolios(appDatabase), []);
  const deleted = useLiveQuery(() => listDeletedPortfolios(appDatabase), []);
  const [dialog, setDialog] = useState<OpenDialog>();
  const now = useNow(60_000);
  const open = (portfolioId: string) => navigate({ screen: 'portfolio', portfolioId, view: { kind: 'overview' } });
  const fileOpener = useOpenPortfolioFile();
  // A file opened outside the page, or dropped anywhere (App), is opened from here.
  const opened = useSession((state) => state.openedPortfolioFile);
  useEffect(() => {
    const file = opened === undefined ? undefined : takeOpenedPortfolioFile();
    if (file !== undefined) void fileOpener.begin(file);
  }, [opened, fileOpener]);

  return (
    <main className="home" aria-labelledby="home-title">
      <header className="home-header">
        <h1 id="home-title">Your portfolios</h1>
        <div className="home-actions">
          {portfolios !== undefined && portfolios.length > 0 && (
            <button type="button" onClick={openBackUp}>
              Back up everything
            </button>
          )}
          {fileOpener.button}
          <DisplaySettingsButton />
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'create' })}>
            New portfolio
          </button>
        </div>
      </header>

      {portfolios === undefined ? null : portfolios.length === 0 ? (
        <p className="empty">
          No portfolios yet. Create one to start writing: it is saved on this computer as you type. To bring back a
          backup, or to open a portfolio shared with you as a mentor, choose “Open a portfolio file…” or drop the file
          here.
        </p>
      ) : (
        <ul className="portfolio-list" aria-label="Portfolios">
          {portfolios.map((portfolio) => (
            <li key={portfolio.id} className="portfolio-card">
              <div>
                <h2>
                  <a href={`#/portfolio/${encodeURIComponent(portfolio.id)}`}>{portfolio.title}</a>
                </h2>
                {portfolio.mentorCopy === undefined ? (
                  <p className="muted">
                    {portfolio.candidateNumber === '' ? '' : `Candidate ${portfolio.candidateNumber} · `}
                    Last edited {formatLastEdited(portfolio.updatedAt, now)}
                  </p>
                ) : (
                  <p className="muted">
                    <span className="mentor-copy-badge">Mentor copy</span>{' '}
                    {portfolio.candidateName === '' ? 'Shared with you' : `Shared by ${portfolio.candidateName}`}
                    {Number.isNaN(Date.parse(portfolio.mentorCopy.sharedAt))
                      ? ''
                      : `, ${formatLastEdited(Date.parse(portfolio.mentorCopy.sharedAt), now)}`}
                    {portfolio.mentorCopy.feedbackSentAt === null
                      ? ' · feedback not sent yet'
                      : ` · feedback sent ${formatLastEdited(portfolio.mentorCopy.feedbackSentAt, now)}`}
                  </p>
                )}
              </div>
              <div className="card-actions">
                <button type="button" onClick={() => open(portfolio.id)}>
                  Open<span className="visually-hidden"> {portfolio.title}</span>
                </button>
                <button type="button" onClick={() => setDialog({ kind: 'rename', portfolio })}>
                  Rename<span className="visually-hidden"> {portfolio.title}</span>
                </button>
                <button type="button" className="danger-quiet" onClick={() => setDialog({ kind: 'delete', portfolio })}>
                  Delete<span className="visually-hidden"> {portfolio.title}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {deleted !== undefined && deleted.length > 0 && (
        <section className="recently-deleted" aria-labelledby="deleted-title">
          <h2 id="deleted-title">Deleted this session</h2>
          <p className="muted">These are removed for good when you close the app.</p>
          <ul>
            {deleted.map((portfolio) => (
              <li key={portfolio.id}>
                <span>{portfolio.title}</span>
                <button type="button" onClick={() => restorePortfolio(appDatabase, portfolio.id)}>
                  Restore<span className="visually-hidden"> {portfolio.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <SafetyCopies />
      {/* The header offers the backup here, once there is something to back up. */}
      <StorageStatus headingLevel={2} offerBackUp={false} portfolios={portfolios?.length ?? 0} />

      {fileOpener.dialogs}
      {dialog?.kind === 'create' && <CreatePortfolioDialog onClose={() => setDialog(undefined)} onCreated={open} />}
      {dialog?.kind === 'rename' && (
        <RenamePortfolioDialog portfolio={dialog.portfolio} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'delete' && (
        <DeletePortfolioDialog portfolio={dialog.portfolio} onClose={() => setDialog(undefined)} />
      )}
    </main>
  );
}
