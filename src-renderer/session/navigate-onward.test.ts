// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { navigate, navigateOnwardFrom, useSession } from './session-store.js';

describe('going on from where a slow action began', () => {
  const entry = { screen: 'portfolio', portfolioId: 'p', view: { kind: 'reading-entry', entryId: 'e' } } as const;
  const list = { screen: 'portfolio', portfolioId: 'p', view: { kind: 'reading-log' } } as const;
  const overview = { screen: 'portfolio', portfolioId: 'p', view: { kind: 'overview' } } as const;

  it('goes on while the person is still where the action began', () => {
    navigate(entry);
    navigateOnwardFrom(entry, list);
    expect(useSession.getState().route).toEqual(list);
  });

  it('never pulls them back from where they went while it was running', () => {
    navigate(entry);
    navigate(overview);
    navigateOnwardFrom(entry, list);
    expect(useSession.getState().route).toEqual(overview);
  });
});
