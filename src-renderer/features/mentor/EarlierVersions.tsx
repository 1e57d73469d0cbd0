import { formatIsoDate, todayIso } from '../../core/dates/dates.js';

export interface EarlierVersionLine {
  readonly id: string;
  readonly setAsideAt: number;
  /** The judgement in a line: "Not yet met — J. Mentor, 12 February 2027". */
  readonly text: string;
  readonly statement: string;
}

/** Judgements a later one took the place of when feedback came in: kept, dated, under the one shown. */
export function EarlierVersions({ versions }: { readonly versions: readonly EarlierVersionLine[] }) {
  if (versions.length === 0) return null;
  return (
    <details className="earlier-versions">
      <summary>
        {versions.length === 1 ? 'An earlier judgement' : `${versions.length} earlier judgements`}, kept when a later
        one arrived
      </summary>
      <ul>
        {versions.map((version) => (
          <li key={version.id}>
            {version.text}
            {version.statement !== '' && <span className="muted"> · “{version.statement}”</span>}
            <span className="muted"> · set aside {formatIsoDate(todayIso(new Date(version.setAsideAt)))}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
