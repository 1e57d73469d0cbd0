import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash, type Route } from './routes.js';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { screen: 'home' }],
    ['#/', { screen: 'home' }],
    ['#/nonsense/here', { screen: 'home' }],
    ['#/portfolio/p1', { screen: 'portfolio', portfolioId: 'p1' }],
    ['#/portfolio/p1/section/s%2F2', { screen: 'portfolio', portfolioId: 'p1', sectionId: 's/2' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes what it reads', () => {
    const route: Route = { screen: 'portfolio', portfolioId: 'a b', sectionId: 's/2' };
    expect(parseRoute(routeToHash(route))).toEqual(route);
  });
});
