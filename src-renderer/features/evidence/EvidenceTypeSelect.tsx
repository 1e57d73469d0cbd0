import { EVIDENCE_TYPE_LABELS, EVIDENCE_TYPES, type EvidenceType } from '../../core/programme/programme.js';

type EvidenceTypeSelectProps =
  | {
      readonly id: string;
      readonly name: string;
      readonly defaultValue: EvidenceType;
      readonly value?: never;
      readonly onChange?: never;
    }
  | {
      readonly id: string;
      readonly name?: never;
      readonly defaultValue?: never;
      readonly value: EvidenceType;
      readonly onChange: (type: EvidenceType) => void;
    };

/** The kinds of evidence, in the words of the settings screen. */
export function EvidenceTypeSelect({ id, name, defaultValue, value, onChange }: EvidenceTypeSelectProps) {
  return (
    <select
      id={id}
      name={name}
      defaultValue={defaultValue}
      value={value}
      onChange={onChange === undefined ? undefined : (event) => onChange(event.target.value as EvidenceType)}
    >
      {EVIDENCE_TYPES.map((type) => (
        <option key={type} value={type}>
          {EVIDENCE_TYPE_LABELS[type]}
        </option>
      ))}
    </select>
  );
}
