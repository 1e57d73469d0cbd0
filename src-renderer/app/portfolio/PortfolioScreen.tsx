import { useEffect } from 'react';
import type { PortfolioView } from '../../session/routes.js';
import { navigate, openPupilDataCheck, useSession } from '../../session/session-store.js';
import { CoverageView } from '../../features/coverage/CoverageView.js';
import { CountBreakdownView } from '../../features/dashboard/CountBreakdownView.js';
import { DashboardView } from '../../features/dashboard/DashboardView.js';
import { EvidenceListView } from '../../features/evidence/EvidenceListView.js';
import { EvidenceView } from '../../features/evidence/EvidenceView.js';
import { MentorHandbookView } from '../../features/mentor/MentorHandbookView.js';
import { OutcomesView } from '../../features/outcomes/OutcomesView.js';
import { ReadingEntry } from '../../features/reading-log/ReadingEntry.js';
import { ReadingLogView } from '../../features/reading-log/ReadingLogView.js';
import { SettingsView } from '../../features/settings/SettingsView.js';
import { RecentlyDeletedView } from '../../features/recently-deleted/RecentlyDeletedView.js';
import { DisplaySettingsButton } from '../../features/display/DisplaySettingsButton.js';
import { PupilDataDialog } from '../../features/privacy/PupilDataDialog.js';
import { MentorCopyBanner } from '../../features/mentor/MentorCopyBanner.js';
import { SendFeedbackButton, ShareWithMentorButton } from '../../features/portfolio-files/MentorFileButtons.js';
import { CandidatesWork, MentorCopyContext } from '../../open-portfolio/mentor-copy.js';
import { PortfolioNavigation } from './PortfolioNavigation.js';
import { SaveIndicator } from './SaveIndicator.js';
import { SectionPane } from '../../features/sections/SectionPane.js';
import { usePortfolio, type PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { focusTheHeading, focusTheText } from '../../ui/focus.js';

export function PortfolioScreen({ portfolioId, view }: { readonly portfolioId: string; readonly view: PortfolioView }) {
  const data = usePortfolio(portfolioId);
  const textsRevision = useSession((state) => state.textsRevision);
  const pupilDataCheckOpen = useSession((state) => state.pupilDataCheckOpen);
  // The check belongs to this portfolio: leaving it closes the check.
  useEffect(() => () => openPupilDataCheck(false), [portfolioId]);
  const opened = data !== undefined && data !== null;
  const viewKey = JSON.stringify(view);
  // Each screen opens at its top with the focus on its heading, so a keyboard or screen-reader user starts where the screen does.
  useEffect(() => {
    if (opened) return arriveAtView();
    return undefined;
  }, [opened, viewKey]);
  if (data === undefined) return <p className="loading">Opening portfolio…</p>;
  if (data === null) {
    return (
      <main className="missing">
        <h1>This portfolio is not here</h1>
        <p>
          It may have been deleted. Deleted portfolios can be restored from the home screen until the app is closed.
        </p>
        <button type="button" onClick={() => navigate({ screen: 'home' })}>
          Back to your portfolios
        </button>
      </main>
    );
  }
  const { mentorCopy } = data.portfolio;
  return (
    <MentorCopyContext.Provider value={mentorCopy}>
      <div className="portfolio-screen">
        <header className="portfolio-header">
          <button type="button" className="skip-link" onClick={focusTheText}>
            Skip to the text
          </button>
          <a href="#/" className="back-link">
            ← All portfolios
          </a>
          <h1>{data.portfolio.title}</h1>
          <SaveIndicator />
          <DisplaySettingsButton />
          {mentorCopy === undefined && (
            <button type="button" onClick={() => openPupilDataCheck()}>
              Check for pupil data…
            </button>
          )}
          {mentorCopy === undefined ? (
            <ShareWithMentorButton portfolio={data.portfolio} />
          ) : (
            <SendFeedbackButton portfolio={data.portfolio} />
          )}
        </header>
        {pupilDataCheckOpen && mentorCopy === undefined && <PupilDataDialog portfolioId={portfolioId} />}
        <PortfolioNavigation data={data} view={view} />
        <main className="writing">
          {mentorCopy !== undefined && <MentorCopyBanner portfolio={data.portfolio} copy={mentorCopy} />}
          <CurrentView key={textsRevision} data={data} view={view} />
        </main>
      </div>
    </MentorCopyContext.Provider>
  );
}

function CurrentView({ data, view }: { readonly data: PortfolioData; readonly view: PortfolioView }) {
  switch (view.kind) {
    case 'overview':
      return (
        <CandidatesWork label="Overview">
          <DashboardView data={data} />
        </CandidatesWork>
      );
    case 'section': {
      const section = data.sections.find((candidate) => candidate.id === view.sectionId);
      const piece = data.portfolio.pieces.find((candidate) => candidate.id === section?.pieceId);
      return section === undefined || piece === undefined ? (
        <Gone what="This section" />
      ) : (
        <SectionPane data={data} section={section} piece={piece} />
      );
    }
    case 'evidence-list': {
      const piece = data.portfolio.pieces.find((candidate) => candidate.id === view.pieceId);
      return piece === undefined ? (
        <Gone what="This part" />
      ) : (
        <CandidatesWork label="Evidence">
          <EvidenceListView data={data} piece={piece} />
        </CandidatesWork>
      );
    }
    case 'breakdown': {
      const piece = data.portfolio.pieces.find((candidate) => candidate.id === view.pieceId);
      return piece === undefined ? <Gone what="This part" /> : <CountBreakdownView data={data} piece={piece} />;
    }
    case 'evidence': {
      const item = data.evidence.find((candidate) => candidate.id === view.evidenceId);
      return item === undefined ? <Gone what="This evidence" /> : <EvidenceView data={data} item={item} />;
    }
    case 'reading-log':
      // Not in CandidatesWork: a mentor searches and sorts the log too; the view offers them no changes.
      return <ReadingLogView data={data} />;
    case 'reading-entry':
      return (
        <CandidatesWork label="Reading-log entry">
          <ReadingEntry data={data} entryId={view.entryId} />
        </CandidatesWork>
      );
    case 'mentor':
      return <MentorHandbookView data={data} />;
    case 'outcomes':
      return (
        <CandidatesWork label="Outcomes">
          <OutcomesView data={data} />
        </CandidatesWork>
      );
    case 'coverage':
      return <CoverageView data={data} />;
    case 'settings':
      return (
        <CandidatesWork label="Settings">
          <SettingsView data={data} />
        </CandidatesWork>
      );
    case 'recently-deleted':
      return <RecentlyDeletedView portfolioId={data.portfolio.id} />;
  }
}

function Gone({ what }: { readonly what: string }) {
  return (
    <p className="missing" role="alert">
      {what} is no longer in the portfolio. Choose another from the list.
    </p>
  );
}

/** The screen's top, and its heading focused as soon as it shows (a section's text loads first). */
function arriveAtView(): () => void {
  window.scrollTo(0, 0);
  const main = document.querySelector('main');
  if (main === null || main.querySelector('h2') !== null) {
    focusTheHeading();
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    if (main.querySelector('h2') === null) return;
    observer.disconnect();
    focusTheHeading();
  });
  observer.observe(main, { childList: true, subtree: true });
  const giveUp = setTimeout(() => observer.disconnect(), 5000);
  return () => {
    observer.disconnect();
    clearTimeout(giveUp);
  };
}
