import { UserFacingError } from '../core/failure/failure.js';
/**
 * Saves a section soon after each change, without a button, and says truthfully
 * where things stand. The first unsaved change starts the clock: steady typing is
 * still saved every `delayMs`, rather than waiting for a pause.
 */
export type SaveStatus =
  | { readonly state: 'saved' }
  | { readonly state: 'unsaved' }
  | { readonly state: 'saving' }
  /** `refused`: the save was refused (a title left empty, a record gone): tried again on the next change, not on a timer. */
  | { readonly state: 'failed'; readonly message: string; readonly refused?: boolean };

export interface AutosaveOptions<T> {
  readonly save: (value: T) => Promise<void>;
  readonly onStatus: (status: SaveStatus) => void;
  readonly describeError: (error: unknown) => string;
  readonly delayMs?: number;
  readonly retryMs?: number;
  /**
   * Runs the timed save when the page is idle (e.g. between keystrokes) rather than in the
   * middle of typing; the caller bounds the wait so saving stays within a second.
   */
  readonly whenIdle?: (work: () => void) => void;
}

export interface Autosave<T> {
  /** Records that the text changed; `read` is called when it is time to save. */
  changed(read: () => T): void;
  /**
   * Saves now if anything is unsaved; resolves when stored or when the attempt failed.
   * A failed save keeps retrying even after the editor has closed, so nothing is dropped.
   */
  flush(): Promise<void>;
  /** What is not stored yet: the newest change, or the one being saved; undefined when all is stored. */
  unsaved(): T | undefined;
}

export function createAutosave<T>({
  save,
  onStatus,
  describeError,
  delayMs = 400,
  retryMs = 2000,
  whenIdle = (work) => work(),
}: AutosaveOptions<T>): Autosave<T> {
  let pending: (() => T) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let inFlight: T | undefined;
  // A function, not a read of `pending`: changes arrive while a save is awaited.
  const hasPending = () => pending !== undefined;

  function schedule(delay: number): void {
    if (timer === undefined) timer = setTimeout(() => whenIdle(() => void run()), delay);
  }

  async function run(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // One save at a time, so an older version can never land after a newer one.
    while (running !== undefined) await running;
    const read = pending;
    if (read === undefined) return;
    pending = undefined;
    onStatus({ state: 'saving' });
    running = (async () => {
      try {
        inFlight = read();
        await save(inFlight);
        onStatus(hasPending() ? { state: 'unsaved' } : { state: 'saved' });
      } catch (error) {
        // Keep the newest text waiting: a change made during the failed save wins.
        pending ??= read;
        const refused = error instanceof UserFacingError;
        onStatus({ state: 'failed', message: describeError(error), ...(refused ? { refused } : {}) });
        // A full disk may clear; a refusal stays a refusal until the words change.
        if (!refused) schedule(retryMs);
      }
    })();
    try {
      await running;
    } finally {
      running = undefined;
      inFlight = undefined;
    }
  }

  return {
    changed(read) {
      pending = read;
      onStatus({ state: 'unsaved' });
      schedule(delayMs);
    },
    flush: run,
    unsaved: () => pending?.() ?? inFlight,
  };
}
