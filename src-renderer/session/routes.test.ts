import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash, type Route } from './routes.js';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { screen: 'home' }],
    ['#/', { screen: 'home' }],
    ['#/nonsense/here', { screen: 'home' }],
    ['#/portfolio/p1', { screen: 'portfolio', portfolioId: 'p1', view: { kind: 'overview' } }],
    [
      '#/portfolio/p1/section/s%2F2',
      { screen: 'portfolio', portfolioId: 'p1', view: { kind: 'section', sectionId: 's/2' } },
    ],
    [
      '#/portfolio/p1/evidence-list/part-1',
      { screen: 'portfolio', portfolioId: 'p1', view: { kind: 'evidence-list', pieceId: 'part-1' } },
    ],
    [
      '#/portfolio/p1/evidence/e1',
      { screen: 'portfolio', portfolioId: 'p1', view: { kind: 'evidence', evidenceId: 'e1' } },
    ],
    ['#/portfolio/p1/coverage', { screen: 'portfolio', portfolioId: 'p1', view: { kind: 'coverage' } }],
    ['#/portfolio/p1/settings', { screen: 'portfolio', portfolioId: 'p1', view: { kind: 'settings' } }],
    ['#/portfolio/p1/unknown', { screen: 'portfolio', portfolioId: 'p1', view: { kind: 'overview' } }],
    ['#/portfolio/%E0%A4%A', { screen: 'portfolio', portfolioId: '%E0%A4%A', view: { kind: 'overview' } }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([
    { screen: 'home' },
    { screen: 'portfolio', portfolioId: 'a b', view: { kind: 'section', sectionId: 's/2' } },
    { screen: 'portfolio', portfolioId: 'p', view: { kind: 'outcomes' } },
    { screen: 'portfolio', portfolioId: 'p', view: { kind: 'evidence', evidenceId: 'e' } },
    { screen: 'portfolio', portfolioId: 'p', view: { kind: 'reading-log' } },
    { screen: 'portfolio', portfolioId: 'p', view: { kind: 'breakdown', pieceId: 'part-2' } },
    { screen: 'portfolio', portfolioId: 'p', view: { kind: 'reading-entry', entryId: 'r1' } },
  ])('writes what it reads: %j', (route) => {
    expect(parseRoute(routeToHash(route))).toEqual(route);
  });
});
