import type { PieceReferences } from '../../core/references/piece-references.js';
import { HarvardPreview } from '../reading-log/HarvardPreview.js';

/** The piece's reference list, made from what it cites: never typed, always in Harvard order. */
export function ReferenceList({ references }: { readonly references: PieceReferences }) {
  return (
    <section className="reference-list" aria-labelledby="reference-list-title">
      <h3 id="reference-list-title">Reference list</h3>
      {references.list.length === 0 ? (
        <p className="muted">
          Nothing cited in this part yet. Use “Cite” in any section to cite your reading; the list builds itself here.
        </p>
      ) : (
        <ol className="harvard-list" aria-label="References">
          {references.list.map(({ entry, suffix }) => (
            <li key={entry.id}>
              <HarvardPreview reference={entry.reference} suffix={suffix} showMissing={false} />
            </li>
          ))}
        </ol>
      )}
      {references.missingIds.length > 0 && (
        <p className="form-failure">
          {references.missingIds.length === 1
            ? 'One citation points'
            : `${references.missingIds.length} citations point`}{' '}
          to a deleted reading-log entry; they show as “(citation missing)”.
        </p>
      )}
      <p className="field-hint">Anything you type below appears after the list in the exported document.</p>
    </section>
  );
}
