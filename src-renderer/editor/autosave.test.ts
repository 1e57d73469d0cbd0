import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../core/failure/failure.js';
import { createAutosave, type SaveStatus } from './autosave.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setUp(save: (value: string) => Promise<void>) {
  const statuses: SaveStatus['state'][] = [];
  const autosave = createAutosave<string>({
    save,
    onStatus: (status) => statuses.push(status.state),
    describeError: () => 'could not save',
    delayMs: 400,
    retryMs: 2000,
  });
  return { autosave, statuses };
}

describe('autosave', () => {
  it('saves the latest text once, shortly after the first change', async () => {
    const saved: string[] = [];
    const { autosave, statuses } = setUp(async (value) => void saved.push(value));
    autosave.changed(() => 'a');
    await vi.advanceTimersByTimeAsync(200);
    autosave.changed(() => 'ab');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual(['ab']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('keeps saving during steady typing instead of waiting for a pause', async () => {
    const saved: string[] = [];
    const { autosave } = setUp(async (value) => void saved.push(value));
    for (let i = 1; i <= 10; i++) {
      autosave.changed(() => `text ${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saved).toEqual(['text 4', 'text 8']);
  });

  it('saves at once on flush, and does nothing when all is saved', async () => {
    const save = vi.fn(async () => {});
    const { autosave } = setUp(save);
    autosave.changed(() => 'now');
    await autosave.flush();
    expect(save).toHaveBeenCalledWith('now');
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never lets an older save land after a newer one', async () => {
    const saved: string[] = [];
    let release: () => void = () => {};
    const { autosave } = setUp(async (value) => {
      if (value === 'first') await new Promise<void>((resolve) => (release = resolve));
      saved.push(value);
    });
    autosave.changed(() => 'first');
    await vi.advanceTimersByTimeAsync(400);
    autosave.changed(() => 'second');
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(1000);
    release();
    await flushed;
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['first', 'second']);
  });

  it('waits for an idle moment when given one, and flush does not wait', async () => {
    const saved: string[] = [];
    const idle: (() => void)[] = [];
    const autosave = createAutosave<string>({
      save: async (value) => void saved.push(value),
      onStatus: () => {},
      describeError: () => '',
      whenIdle: (work) => idle.push(work),
    });
    autosave.changed(() => 'typed');
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual([]);
    idle.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['typed']);
    autosave.changed(() => 'more');
    await autosave.flush();
    expect(saved).toEqual(['typed', 'more']);
  });

  it('reports a failure, keeps the text and retries until it is stored', async () => {
    const saved: string[] = [];
    let failuresLeft = 2;
    const { autosave, statuses } = setUp(async (value) => {
      if (failuresLeft-- > 0) throw new Error('QuotaExceededError');
      saved.push(value);
    });
    autosave.changed(() => 'precious');
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['precious']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('does not retry a refused save on a timer: it waits for the next change', async () => {
    const tried: string[] = [];
    const { autosave, statuses } = setUp(async (value) => {
      tried.push(value);
      if (value === '') throw new UserFacingError('Give the evidence a title.');
    });
    autosave.changed(() => '');
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tried).toEqual(['']);
    autosave.changed(() => 'Annual review');
    await vi.advanceTimersByTimeAsync(400);
    expect(tried).toEqual(['', 'Annual review']);
    expect(statuses.at(-1)).toBe('saved');
  });
});
