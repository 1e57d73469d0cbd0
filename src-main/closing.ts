/**
 * The window's close or the app's quit, held while the page saves. The page holds it (its
 * `beforeunload` while the editor has unsaved words, keep-work-on-leaving.ts), Electron then
 * cancels the close, and this remembers it: when the page says its saves are done, the close or
 * quit goes ahead; if they are not done within the limit, it goes ahead anyway, and whatever was
 * typed in the last moment is as a crash would leave it (docs/reliability.md: everything typed a
 * second before is saved).
 */
export interface Timers {
  readonly set: (work: () => void, ms: number) => unknown;
  readonly clear: (timer: unknown) => void;
}

const realTimers: Timers = {
  set: (work, ms) => setTimeout(work, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** Long enough for any save of one section, short enough that a person closing the app does not wonder. */
export const CLOSE_LIMIT_MS = 5000;

export class HeldClose {
  private waiting: { readonly goAhead: () => void; readonly timer: unknown } | undefined;

  constructor(
    private readonly limitMs = CLOSE_LIMIT_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  /**
   * The page held a close: `goAhead` does it again once the page has saved (the page will not
   * hold it then); `force` closes without asking the page, past the limit.
   */
  hold(goAhead: () => void, force: () => void): void {
    if (this.waiting !== undefined) return;
    const timer = this.timers.set(() => {
      this.waiting = undefined;
      force();
    }, this.limitMs);
    this.waiting = { goAhead, timer };
  }

  /** The page's saves are done: a held close goes ahead. */
  savesDone(): void {
    const waiting = this.waiting;
    if (waiting === undefined) return;
    this.waiting = undefined;
    this.timers.clear(waiting.timer);
    waiting.goAhead();
  }
}
