/** What the portfolio screen shows beside its navigation. */
export type PortfolioView =
  | { readonly kind: 'overview' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'evidence-list'; readonly pieceId: string }
  | { readonly kind: 'breakdown'; readonly pieceId: string }
  | { readonly kind: 'evidence'; readonly evidenceId: string }
  | { readonly kind: 'reading-log' }
  | { readonly kind: 'reading-entry'; readonly entryId: string }
  | { readonly kind: 'mentor' }
  | { readonly kind: 'outcomes' }
  | { readonly kind: 'coverage' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'recently-deleted' };

/** Where the user is. The address keeps it, so a reload returns to the same place. */
export type Route =
  | { readonly screen: 'home' }
  | { readonly screen: 'portfolio'; readonly portfolioId: string; readonly view: PortfolioView };

const SIMPLE_VIEWS = ['reading-log', 'mentor', 'outcomes', 'coverage', 'settings', 'recently-deleted'] as const;

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map(safeDecode);
  const [screen, portfolioId, view, id] = parts;
  if (screen !== 'portfolio' || portfolioId === undefined) return { screen: 'home' };
  return { screen: 'portfolio', portfolioId, view: parseView(view, id) };
}

function parseView(view: string | undefined, id: string | undefined): PortfolioView {
  if (view === 'section' && id !== undefined) return { kind: 'section', sectionId: id };
  if (view === 'evidence-list' && id !== undefined) return { kind: 'evidence-list', pieceId: id };
  if (view === 'breakdown' && id !== undefined) return { kind: 'breakdown', pieceId: id };
  if (view === 'evidence' && id !== undefined) return { kind: 'evidence', evidenceId: id };
  if (view === 'reading-entry' && id !== undefined) return { kind: 'reading-entry', entryId: id };
  const simple = SIMPLE_VIEWS.find((kind) => kind === view);
  return simple === undefined ? { kind: 'overview' } : { kind: simple };
}

export function routeToHash(route: Route): string {
  if (route.screen === 'home') return '#/';
  return portfolioHref(route.portfolioId, route.view);
}

export function portfolioHref(portfolioId: string, view: PortfolioView = { kind: 'overview' }): string {
  const base = `#/portfolio/${encodeURIComponent(portfolioId)}`;
  switch (view.kind) {
    case 'overview':
      return base;
    case 'section':
      return `${base}/section/${encodeURIComponent(view.sectionId)}`;
    case 'evidence-list':
      return `${base}/evidence-list/${encodeURIComponent(view.pieceId)}`;
    case 'breakdown':
      return `${base}/breakdown/${encodeURIComponent(view.pieceId)}`;
    case 'evidence':
      return `${base}/evidence/${encodeURIComponent(view.evidenceId)}`;
    case 'reading-entry':
      return `${base}/reading-entry/${encodeURIComponent(view.entryId)}`;
    default:
      return `${base}/${view.kind}`;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
