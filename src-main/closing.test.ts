import { describe, expect, it, vi } from 'vitest';
import { HeldClose, type Timers } from './closing.js';

function fakeTimers() {
  const pending: { work: () => void; ms: number; cleared: boolean }[] = [];
  const timers: Timers = {
    set: (work, ms) => {
      const timer = { work, ms, cleared: false };
      pending.push(timer);
      return timer;
    },
    clear: (timer) => void ((timer as { cleared: boolean }).cleared = true),
  };
  const elapse = () => pending.filter((timer) => !timer.cleared).forEach((timer) => timer.work());
  return { timers, elapse, pending };
}

describe('a close held while the page saves', () => {
  it('goes ahead when the page says its saves are done, and not before', () => {
    const { timers } = fakeTimers();
    const held = new HeldClose(5000, timers);
    const goAhead = vi.fn();
    const force = vi.fn();
    held.hold(goAhead, force);
    expect(goAhead).not.toHaveBeenCalled();
    held.savesDone();
    expect(goAhead).toHaveBeenCalledTimes(1);
    held.savesDone();
    expect(goAhead).toHaveBeenCalledTimes(1);
    expect(force).not.toHaveBeenCalled();
  });

  it('goes ahead anyway past the limit, when the page never answers', () => {
    const { timers, elapse, pending } = fakeTimers();
    const held = new HeldClose(5000, timers);
    const force = vi.fn();
    held.hold(vi.fn(), force);
    expect(pending[0]?.ms).toBe(5000);
    elapse();
    expect(force).toHaveBeenCalledTimes(1);
  });

  it('ignores “saves done” when no close is held', () => {
    const held = new HeldClose(5000, fakeTimers().timers);
    expect(() => held.savesDone()).not.toThrow();
  });
});
