import { sayNotSaved } from './say-not-saved.js';
import { useId, useState } from 'react';
import {
  COUNTING_SWITCH_LABELS,
  COUNTING_SWITCHES,
  EVIDENCE_TYPE_LABELS,
  EVIDENCE_TYPES,
  holdsEvidence,
  type EvidenceWordRule,
  type PieceSettings,
} from '../../core/programme/programme.js';
import { GENERATED_APPENDICES, GENERATED_APPENDIX_TITLES } from '../../core/programme/submission-settings.js';
import { appDatabase } from '../../db/app-database.js';
import { updatePieceSettings } from '../../db/portfolios.js';
import { formText } from '../../ui/form-text.js';
import { NumberField } from '../../ui/NumberField.js';
import { SavedAsTypedForm } from '../../session/SavedAsTypedForm.js';
import { DateInput } from '../../ui/DateInput.js';

/** One piece's settings, saved as they are changed and checked as a whole: a refused change says why and stays as typed. */
export function PieceSettingsForm({
  portfolioId,
  piece,
}: {
  readonly portfolioId: string;
  readonly piece: PieceSettings;
}) {
  const id = useId();
  const [ruleKind, setRuleKind] = useState(piece.evidenceWords.kind);
  const [limited, setLimited] = useState(piece.targetWords !== null);

  async function save(element: HTMLFormElement): Promise<string | undefined> {
    const form = new FormData(element);
    const number = (name: string) => (formText(form, name).trim() === '' ? Number.NaN : Number(formText(form, name)));
    const settings: PieceSettings = {
      ...piece,
      title: formText(form, 'title'),
      targetWords: limited ? number('targetWords') : null,
      tolerance: { belowPercent: number('belowPercent'), abovePercent: number('abovePercent') },
      dueDate: formText(form, 'dueDate') === '' ? null : formText(form, 'dueDate'),
      counting: Object.fromEntries(
        COUNTING_SWITCHES.map((name) => [name, form.get(name) === 'on']),
      ) as PieceSettings['counting'],
      evidenceWords: evidenceRule(ruleKind, number),
      moduleCode: formText(form, 'moduleCode'),
      moduleTitle: formText(form, 'moduleTitle'),
      appendices: GENERATED_APPENDICES.filter((appendix) => form.get(`appendix-${appendix}`) === 'on'),
    };
    const result = await updatePieceSettings(appDatabase, portfolioId, settings);
    return result.ok ? undefined : result.problem;
  }
  return (
    <SavedAsTypedForm
      className="piece-settings"
      label={`Settings for ${piece.title}`}
      save={save}
      onLeftUnsaved={sayNotSaved}
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} name="title" defaultValue={piece.title} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-module-code`}>Module code</label>
          <input
            id={`${id}-module-code`}
            name="moduleCode"
            defaultValue={piece.moduleCode}
            placeholder="e.g. SEN7001"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-module-title`}>Module title</label>
          <input id={`${id}-module-title`} name="moduleTitle" defaultValue={piece.moduleTitle} />
        </div>
      </div>
      <div className="field-row">
        <label className="checkbox">
          <input type="checkbox" checked={limited} onChange={(event) => setLimited(event.target.checked)} /> Has a word
          limit
        </label>
        <NumberField
          id={`${id}-target`}
          label="Target (words)"
          name="targetWords"
          min={1}
          defaultValue={piece.targetWords ?? 5000}
          disabled={!limited}
        />
        <NumberField
          id={`${id}-below`}
          label="Allowed under (%)"
          name="belowPercent"
          min={0}
          max={100}
          defaultValue={piece.tolerance.belowPercent}
        />
        <NumberField
          id={`${id}-above`}
          label="Allowed over (%)"
          name="abovePercent"
          min={0}
          max={100}
          defaultValue={piece.tolerance.abovePercent}
        />
        <div className="field">
          <label htmlFor={`${id}-due`}>Due date</label>
          <DateInput id={`${id}-due`} name="dueDate" defaultValue={piece.dueDate ?? ''} />
        </div>
      </div>
      <fieldset>
        <legend>Counted toward the limit</legend>
        <div className="switches">
          {COUNTING_SWITCHES.map((name) => (
            <label key={name} className="checkbox">
              <input type="checkbox" name={name} defaultChecked={piece.counting[name]} /> {COUNTING_SWITCH_LABELS[name]}
            </label>
          ))}
        </div>
        <p className="field-hint">
          Abstract, reference list and appendices apply to sections with that role. Captions are figures’ captions, each
          with its “Figure N:”. Footnotes are kept for when the app has them.
        </p>
      </fieldset>
      {holdsEvidence(piece.kind) && (
        <fieldset>
          <legend>How evidence counts toward the limit</legend>
          <select
            aria-label="How evidence counts"
            value={ruleKind}
            onChange={(event) => setRuleKind(event.target.value as EvidenceWordRule['kind'])}
          >
            <option value="none">Evidence does not count</option>
            <option value="fixed">The same number of words for every item</option>
            <option value="by-type">A number of words for each type of evidence</option>
            <option value="per-item">Set for each item</option>
          </select>
          {ruleKind === 'fixed' && (
            <label className="inline-label">
              Words per item{' '}
              <input
                name="wordsPerItem"
                type="number"
                min={0}
                defaultValue={piece.evidenceWords.kind === 'fixed' ? piece.evidenceWords.wordsPerItem : 250}
              />
            </label>
          )}
          {ruleKind === 'by-type' && (
            <div className="switches">
              {EVIDENCE_TYPES.map((type) => (
                <label key={type} className="inline-label">
                  {EVIDENCE_TYPE_LABELS[type]}{' '}
                  <input
                    name={`type-${type}`}
                    type="number"
                    min={0}
                    defaultValue={piece.evidenceWords.kind === 'by-type' ? piece.evidenceWords.wordsByType[type] : 250}
                  />
                </label>
              ))}
            </div>
          )}
        </fieldset>
      )}
      <fieldset>
        <legend>Appendices the app writes for you</legend>
        <div className="switches">
          {GENERATED_APPENDICES.map((appendix) => (
            <label key={appendix} className="checkbox">
              <input
                type="checkbox"
                name={`appendix-${appendix}`}
                defaultChecked={piece.appendices.includes(appendix)}
              />{' '}
              {GENERATED_APPENDIX_TITLES[appendix]}
            </label>
          ))}
        </div>
        <p className="field-hint">
          Lettered A, B, C… after the text, from your reading log, mentor handbook and outcomes; your own appendix
          sections follow them.
        </p>
      </fieldset>
    </SavedAsTypedForm>
  );
}

function evidenceRule(kind: EvidenceWordRule['kind'], number: (name: string) => number): EvidenceWordRule {
  switch (kind) {
    case 'none':
    case 'per-item':
      return { kind };
    case 'fixed':
      return { kind, wordsPerItem: number('wordsPerItem') };
    case 'by-type':
      return {
        kind,
        wordsByType: Object.fromEntries(EVIDENCE_TYPES.map((type) => [type, number(`type-${type}`)])) as Record<
          (typeof EVIDENCE_TYPES)[number],
          number
        >,
      };
  }
}
