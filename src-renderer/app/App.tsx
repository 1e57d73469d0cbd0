import { useEffect } from 'react';
import { HomeScreen } from '../features/home/HomeScreen.js';
import { PortfolioScreen } from './portfolio/PortfolioScreen.js';
import { host } from '../host/host.js';
import { NoticeBar } from './NoticeBar.js';
import { BackUpDialog } from '../features/portfolio-files/BackUpDialog.js';
import { keepWorkOnLeaving } from './keep-work-on-leaving.js';
import { closeBackUp, openPortfolioFile, showNotice, useSession } from '../session/session-store.js';

export function App() {
  const route = useSession((state) => state.route);
  const backUpOpen = useSession((state) => state.backUpOpen);
  useEffect(keepWorkOnLeaving, []);
  useEffect(
    () =>
      host.onPortfolioFileOpened((file) =>
        'problem' in file ? showNotice(file.problem) : openPortfolioFile(new File([file.data], file.name)),
      ),
    [],
  );
  useEffect(() => {
    // A file dropped where nothing takes it would otherwise replace the app with the file (in a browser, losing the page).
    const allowDrop = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files') === true) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (event.defaultPrevented || file === undefined) return;
      event.preventDefault();
      if (useSession.getState().route.screen === 'home' || /\.nasenco$/iu.test(file.name)) openPortfolioFile(file);
      else
        showNotice(
          'Only portfolio files (.nasenco) can be dropped here. Drop a picture into your text to add it; attach other files to evidence with “Attach files”.',
        );
    };
    window.addEventListener('dragover', allowDrop);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', allowDrop);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return (
    <>
      {route.screen === 'home' ? (
        <HomeScreen />
      ) : (
        <PortfolioScreen key={route.portfolioId} portfolioId={route.portfolioId} view={route.view} />
      )}
      {backUpOpen && <BackUpDialog onClose={closeBackUp} />}
      <NoticeBar />
    </>
  );
}
