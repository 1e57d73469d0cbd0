import { OUTCOME_AREAS, type Outcome } from '../../core/outcomes/outcomes.js';

/** Checkboxes for the outcomes something shows, grouped by area. */
export function OutcomePicker({
  legend,
  outcomes,
  selected,
  onChange,
}: {
  readonly legend: string;
  readonly outcomes: readonly Outcome[];
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset className="outcome-picker">
      <legend>{legend}</legend>
      {OUTCOME_AREAS.map((area) => (
        <div key={area} className="outcome-picker-area">
          {outcomes
            .filter((outcome) => outcome.area === area)
            .map((outcome) => (
              <label key={outcome.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={selected.includes(outcome.id)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked ? [...selected, outcome.id] : selected.filter((id) => id !== outcome.id),
                    )
                  }
                />
                <strong>{outcome.code}</strong> {outcome.title}
              </label>
            ))}
        </div>
      ))}
    </fieldset>
  );
}
