import { describeKeeping, describeRoom, isNearlyFull } from '../../core/storage/storage-use.js';
import { openBackUp } from '../../session/session-store.js';
import { useStorageUse } from './use-storage-use.js';

/** Where the portfolios are kept, how much room they take, and whether the computer keeps them when its disk is nearly full. */
export function StorageStatus({
  headingLevel,
  offerBackUp,
  portfolios,
}: {
  readonly headingLevel: 2 | 3;
  readonly offerBackUp: boolean;
  readonly portfolios?: number;
}) {
  const { use, askAgain } = useStorageUse();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (use === undefined) return null;
  return (
    <section className="storage-status" aria-labelledby="storage-title">
      <Heading id="storage-title">Storage on this computer</Heading>
      <p>
        Your portfolios are saved in the app’s own storage on this computer as you type, never online.{' '}
        {describeRoom(use, portfolios)}
      </p>
      {isNearlyFull(use) && (
        <p className="warning" role="note">
          Room is running out. Back up everything now, then free some disk space.
        </p>
      )}
      <p>{describeKeeping(use)}</p>
      {(offerBackUp || use.kept !== true) && (
        <div className="storage-actions">
          {offerBackUp && (
            <button type="button" onClick={openBackUp}>
              Back up everything
            </button>
          )}
          {use.kept !== true && (
            <button type="button" onClick={() => void askAgain()}>
              Ask the computer again to keep it
            </button>
          )}
        </div>
      )}
    </section>
  );
}
