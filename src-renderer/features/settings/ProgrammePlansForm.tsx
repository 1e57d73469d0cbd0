import { sayNotSaved } from './say-not-saved.js';
import { useState } from 'react';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { updateProgrammeSettings } from '../../db/portfolios.js';
import { formText } from '../../ui/form-text.js';
import { SavedAsTypedForm } from '../../session/SavedAsTypedForm.js';
import { NumberField } from '../../ui/NumberField.js';

/** The programme's attendance requirement and study-hours plan, which the overview tracks. */
export function ProgrammePlansForm({ portfolio }: { readonly portfolio: Portfolio }) {
  const { attendance, studyPlan } = portfolio.programme;
  const [tracksAttendance, setTracksAttendance] = useState(attendance !== null);
  const [tracksStudy, setTracksStudy] = useState(studyPlan !== null);

  async function save(element: HTMLFormElement): Promise<string | undefined> {
    const form = new FormData(element);
    const number = (name: string) => (formText(form, name).trim() === '' ? Number.NaN : Number(formText(form, name)));
    await updateProgrammeSettings(appDatabase, portfolio.id, {
      ...portfolio.programme,
      attendance: tracksAttendance
        ? { taughtDays: number('taughtDays'), requiredShare: number('requiredPercent') / 100 }
        : null,
      studyPlan: tracksStudy ? { units: number('units'), hoursPerUnit: number('hoursPerUnit') } : null,
    });
    return undefined;
  }
  return (
    <SavedAsTypedForm
      className="settings-piece"
      label="Attendance and study hours"
      save={save}
      onLeftUnsaved={sayNotSaved}
    >
      <h3>Attendance and study hours</h3>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={tracksAttendance}
          onChange={(event) => setTracksAttendance(event.target.checked)}
        />{' '}
        My programme requires attendance at taught days
      </label>
      <div className="field-row">
        <NumberField
          id="taught-days"
          label="Taught days"
          name="taughtDays"
          min={1}
          defaultValue={attendance?.taughtDays ?? 10}
          disabled={!tracksAttendance}
        />
        <NumberField
          id="required-percent"
          label="Attendance required (%)"
          name="requiredPercent"
          min={0}
          max={100}
          defaultValue={Math.round((attendance?.requiredShare ?? 0.8) * 100)}
          disabled={!tracksAttendance}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={tracksStudy} onChange={(event) => setTracksStudy(event.target.checked)} /> My
        programme plans study hours
      </label>
      <div className="field-row">
        <NumberField
          id="study-units"
          label="Units"
          name="units"
          min={1}
          defaultValue={studyPlan?.units ?? 12}
          disabled={!tracksStudy}
        />
        <NumberField
          id="hours-per-unit"
          label="Hours per unit"
          name="hoursPerUnit"
          min={1}
          defaultValue={studyPlan?.hoursPerUnit ?? 5}
          disabled={!tracksStudy}
        />
      </div>
    </SavedAsTypedForm>
  );
}
