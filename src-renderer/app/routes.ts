/** Where the user is. The address keeps it, so a reload returns to the same place. */
export type Route =
  | { readonly screen: 'home' }
  | { readonly screen: 'portfolio'; readonly portfolioId: string; readonly sectionId?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
  if (parts[0] === 'portfolio' && parts[1] !== undefined) {
    return parts[2] === 'section' && parts[3] !== undefined
      ? { screen: 'portfolio', portfolioId: parts[1], sectionId: parts[3] }
      : { screen: 'portfolio', portfolioId: parts[1] };
  }
  return { screen: 'home' };
}

export function routeToHash(route: Route): string {
  if (route.screen === 'home') return '#/';
  const portfolio = `#/portfolio/${encodeURIComponent(route.portfolioId)}`;
  return route.sectionId === undefined ? portfolio : `${portfolio}/section/${encodeURIComponent(route.sectionId)}`;
}
