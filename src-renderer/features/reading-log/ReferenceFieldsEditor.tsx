import { useId } from 'react';
import {
  FIELD_LABELS,
  missingFields,
  SOURCE_TYPE_LABELS,
  SOURCE_TYPES,
  VISIBLE_FIELDS,
  type PersonName,
  type ReferenceField,
  type ReferenceFields,
  type SourceType,
} from '../../core/references/reference.js';

type TextField = Exclude<ReferenceField, 'authors' | 'editors' | 'year'>;

const HINTS: Partial<Record<ReferenceField, string>> = {
  edition: 'Only if not the first, e.g. 3',
  pages: 'e.g. 403–425',
  actChapter: 'e.g. 6 for c. 6',
  doi: 'e.g. 10.1111/1467-8578.12079',
};

/** The structured fields of a source, showing only those its type uses and flagging what it still needs. */
export function ReferenceFieldsEditor({
  reference,
  onChange,
}: {
  readonly reference: ReferenceFields;
  readonly onChange: (next: ReferenceFields) => void;
}) {
  const id = useId();
  const missing = new Set(missingFields(reference));
  const set = (patch: Partial<ReferenceFields>) => onChange({ ...reference, ...patch });
  const label = (field: ReferenceField) => `${FIELD_LABELS[field]}${missing.has(field) ? ' (needed)' : ''}`;

  return (
    <fieldset className="reference-fields">
      <legend>The source</legend>
      <div className="field">
        <label htmlFor={`${id}-type`}>Type of source</label>
        <select
          id={`${id}-type`}
          value={reference.type}
          onChange={(event) => set({ type: event.target.value as SourceType })}
        >
          {SOURCE_TYPES.map((type) => (
            <option key={type} value={type}>
              {SOURCE_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      {VISIBLE_FIELDS[reference.type].map((field) => {
        if (field === 'authors')
          return (
            <AuthorsEditor key={field} reference={reference} onChange={onChange} needed={missing.has('authors')} />
          );
        if (field === 'editors')
          return (
            <PeopleEditor
              key={field}
              legend={label('editors')}
              people={reference.editors}
              onChange={(editors) => set({ editors })}
              noun="editor"
            />
          );
        if (field === 'year') {
          return (
            <div key={field} className="field-row">
              <div className="field">
                <label htmlFor={`${id}-year`}>{label('year')}</label>
                <input
                  id={`${id}-year`}
                  inputMode="numeric"
                  maxLength={4}
                  value={reference.year ?? ''}
                  disabled={reference.year === null}
                  onChange={(event) => set({ year: event.target.value })}
                />
              </div>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={reference.year === null}
                  onChange={(event) => set({ year: event.target.checked ? null : '' })}
                />{' '}
                No date
              </label>
            </div>
          );
        }
        const textField: TextField = field;
        return (
          <div
            key={field}
            className={field === 'title' || field === 'bookTitle' || field === 'url' ? 'field wide' : 'field'}
          >
            <label htmlFor={`${id}-${field}`}>{label(field)}</label>
            {HINTS[field] !== undefined && <p className="field-hint">{HINTS[field]}</p>}
            <input
              id={`${id}-${field}`}
              type={field === 'accessed' ? 'date' : field === 'url' ? 'url' : 'text'}
              aria-invalid={missing.has(field)}
              value={reference[textField]}
              onChange={(event) => set({ [textField]: event.target.value })}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

function AuthorsEditor({
  reference,
  onChange,
  needed,
}: {
  readonly reference: ReferenceFields;
  readonly onChange: (next: ReferenceFields) => void;
  readonly needed: boolean;
}) {
  const id = useId();
  const { authors } = reference;
  return (
    <div className="authors-editor">
      <div className="switches" role="radiogroup" aria-label="Who wrote it">
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={authors.kind === 'people'}
            onChange={() => onChange({ ...reference, authors: { kind: 'people', people: [] } })}
          />{' '}
          People
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={authors.kind === 'organisations'}
            onChange={() => onChange({ ...reference, authors: { kind: 'organisations', names: [''], short: '' } })}
          />{' '}
          An organisation
        </label>
      </div>
      {authors.kind === 'people' ? (
        <PeopleEditor
          legend={`Authors${needed ? ' (needed)' : ''}`}
          people={authors.people}
          onChange={(people) => onChange({ ...reference, authors: { kind: 'people', people } })}
          noun="author"
        />
      ) : (
        <div className="field-row">
          <div className="field wide">
            <label htmlFor={`${id}-organisations`}>{`Organisations, one per line${needed ? ' (needed)' : ''}`}</label>
            <textarea
              id={`${id}-organisations`}
              rows={2}
              value={authors.names.join('\n')}
              onChange={(event) =>
                onChange({ ...reference, authors: { ...authors, names: event.target.value.split('\n') } })
              }
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-short`}>Short name in citations</label>
            <p className="field-hint">e.g. DfE and DoH</p>
            <input
              id={`${id}-short`}
              value={authors.short}
              onChange={(event) => onChange({ ...reference, authors: { ...authors, short: event.target.value } })}
            />
          </div>
        </div>
      )}
    </div>
  );
}

function PeopleEditor({
  legend,
  people,
  onChange,
  noun,
}: {
  readonly legend: string;
  readonly people: readonly PersonName[];
  readonly onChange: (people: PersonName[]) => void;
  readonly noun: string;
}) {
  const rows = people.length === 0 ? [{ family: '', given: '' }] : people;
  const change = (index: number, patch: Partial<PersonName>) =>
    onChange(rows.map((person, at) => (at === index ? { ...person, ...patch } : person)));
  return (
    <fieldset className="people-editor">
      <legend>{legend}</legend>
      {rows.map((person, index) => (
        <div key={index} className="section-row">
          <input
            aria-label={`Surname of ${noun} ${index + 1}`}
            placeholder="Surname"
            value={person.family}
            onChange={(event) => change(index, { family: event.target.value })}
          />
          <input
            aria-label={`Initials of ${noun} ${index + 1}`}
            placeholder="Initials or first names"
            value={person.given}
            onChange={(event) => change(index, { given: event.target.value })}
          />
          {rows.length > 1 && (
            <button
              type="button"
              className="danger-quiet"
              onClick={() => onChange(rows.filter((_person, at) => at !== index))}
            >
              Remove
              <span className="visually-hidden">
                {' '}
                {noun} {index + 1}
              </span>
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { family: '', given: '' }])}>
        Add another {noun}
      </button>
    </fieldset>
  );
}
