import { useState } from 'react';
import {
  flushPendingSaves,
  navigate,
  openPupilDataCheck,
  reopenTexts,
  showNotice,
} from '../../session/session-store.js';
import type { KnownName, KnownNameKind } from '../../core/privacy/identifying-data.js';
import type { PlaceInPortfolio } from '../../core/privacy/portfolio-check.js';
import type { PortfolioView } from '../../session/routes.js';
import { appDatabase } from '../../db/app-database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { replaceNameEverywhere, undoReplaceName } from '../../db/identifying-data.js';
import { Dialog } from '../../ui/Dialog.js';
import { formText } from '../../ui/form-text.js';
import { Problem } from '../../ui/Problem.js';
import { addKnownName, KNOWN_NAME_KINDS, removeKnownName, setPseudonym, useKnownNames } from './known-names.js';
import { usePupilDataCheck } from './use-pupil-data-check.js';
import { DialogActions } from '../../ui/DialogActions.js';

/**
 * "Check for pupil data": the names the writer lists, with pseudonyms to put in their place
 * across the whole portfolio, and everything in the portfolio that may identify someone,
 * each with a link to where it is.
 */
export function PupilDataDialog({ portfolioId }: { readonly portfolioId: string }) {
  const { findings, recheck } = usePupilDataCheck(portfolioId);
  const close = () => openPupilDataCheck(false);
  return (
    <Dialog title="Check for pupil data" onClose={close}>
      <div className="pupil-data">
        <NamesToLookFor portfolioId={portfolioId} onReplaced={recheck} />
        <section aria-labelledby="findings-title">
          <h3 id="findings-title">
            {findings === undefined
              ? 'Checking…'
              : `What may identify someone: ${findings.length === 0 ? 'nothing found' : findings.length}`}
          </h3>
          {findings !== undefined && findings.length === 0 && (
            <p>
              Nothing looks like a name on your list, a name beside “pupil” or a title, a date of birth, a Unique Pupil
              Number, a postcode, an email address or a phone number. The check suggests: read your work for other
              details too, such as a diagnosis with a class or year group.
            </p>
          )}
          {findings !== undefined && findings.length > 0 && (
            <ol className="findings">
              {findings.map((placed, index) => (
                <li key={index}>
                  <p className="finding-place">
                    <strong>{placed.label}</strong> · {placed.finding.reason}
                  </p>
                  <p className="finding-text">
                    {placed.before}
                    <mark>{placed.finding.text}</mark>
                    {placed.after}
                  </p>
                  <button
                    type="button"
                    onClick={() => {
                      navigate({ screen: 'portfolio', portfolioId, view: viewOf(placed.place) });
                      close();
                    }}
                  >
                    Show
                    <span className="visually-hidden">
                      {' '}
                      “{placed.finding.text}” in {placed.label}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <DialogActions onCancel={close} cancelLabel="Close" />
    </Dialog>
  );
}

function viewOf(place: PlaceInPortfolio): PortfolioView {
  switch (place.kind) {
    case 'section':
      return { kind: 'section', sectionId: place.sectionId };
    case 'evidence':
      return { kind: 'evidence', evidenceId: place.evidenceId };
    case 'reading-entry':
      return { kind: 'reading-entry', entryId: place.entryId };
    case 'mentor':
    case 'outcomes':
    case 'settings':
    case 'overview':
      return { kind: place.kind };
  }
}

function NamesToLookFor({
  portfolioId,
  onReplaced,
}: {
  readonly portfolioId: string;
  readonly onReplaced: () => void;
}) {
  const { names, notKept } = useKnownNames();
  const [problem, setProblem] = useState<string>();
  const replace = async (known: KnownName) => {
    setProblem(undefined);
    try {
      // The open editor's last words are saved first, so they are replaced too and never saved back over the change.
      await flushPendingSaves();
      const replacement = await replaceNameEverywhere(appDatabase, portfolioId, known.name, known.pseudonym);
      const { replaced } = replacement;
      reopenTexts();
      onReplaced();
      showNotice(
        replaced === 0
          ? `“${known.name}” is not written anywhere in this portfolio.`
          : `Put “${known.pseudonym}” in place of “${known.name}” ${replaced === 1 ? 'once' : `${replaced} times`} across the portfolio.`,
        replaced === 0
          ? undefined
          : {
              label: 'Undo',
              run: async () => {
                await flushPendingSaves();
                await undoReplaceName(appDatabase, portfolioId, replacement);
                reopenTexts();
                onReplaced();
              },
            },
      );
    } catch (error) {
      setProblem(describeFailure(error));
    }
  };
  return (
    <section aria-labelledby="names-title">
      <h3 id="names-title">Names to look for</h3>
      <p className="muted">
        Pupils, staff, your school and local authority. This list stays on this computer: it is never in a backup, a
        shared file or an export.
      </p>
      {notKept && (
        <p className="warning" role="alert">
          This computer would not keep the list: it works for now, but will be gone when the app closes.
        </p>
      )}
      {names.length > 0 && (
        <table className="names-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Who</th>
              <th scope="col">Pseudonym</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {names.map((known) => (
              <tr key={known.name}>
                <td>{known.name}</td>
                <td>{KNOWN_NAME_KINDS[known.kind]}</td>
                <td>
                  <input
                    aria-label={`Pseudonym for ${known.name}`}
                    defaultValue={known.pseudonym}
                    placeholder="e.g. Pupil A"
                    onBlur={(event) => setPseudonym(known.name, event.currentTarget.value)}
                  />
                </td>
                <td className="row-actions">
                  <button type="button" disabled={known.pseudonym === ''} onClick={() => void replace(known)}>
                    {known.pseudonym === '' ? 'Replace everywhere' : `Put “${known.pseudonym}” everywhere`}
                    <span className="visually-hidden"> in place of {known.name}</span>
                  </button>
                  <button type="button" className="danger-quiet" onClick={() => removeKnownName(known.name)}>
                    Remove<span className="visually-hidden"> {known.name} from the list</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddName />
      <Problem message={problem} />
    </section>
  );
}

function AddName() {
  const [problem, setProblem] = useState<string>();
  return (
    <form
      className="add-name"
      aria-label="Add a name to look for"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const refused = addKnownName(
          formText(form, 'name'),
          formText(form, 'kind') as KnownNameKind,
          formText(form, 'pseudonym'),
        );
        setProblem(refused);
        if (refused === undefined) event.currentTarget.reset();
      }}
    >
      <label>
        Name <input name="name" autoComplete="off" />
      </label>
      <label>
        Who{' '}
        <select name="kind" defaultValue="pupil">
          {Object.entries(KNOWN_NAME_KINDS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Pseudonym <input name="pseudonym" autoComplete="off" placeholder="e.g. Pupil A" />
      </label>
      <button type="submit">Add to the list</button>
      <Problem message={problem} />
    </form>
  );
}
