import { HomeScreen } from '../features/home/HomeScreen.js';
import { PortfolioScreen } from '../features/portfolio/PortfolioScreen.js';
import { NoticeBar } from '../ui/NoticeBar.js';
import { useSession } from './session-store.js';

export function App() {
  const route = useSession((state) => state.route);
  return (
    <>
      {route.screen === 'home' ? <HomeScreen /> : <PortfolioScreen key={route.portfolioId} portfolioId={route.portfolioId} view={route.view} />}
      <NoticeBar />
    </>
  );
}
