import { sayNotSaved } from './say-not-saved.js';
import { useId } from 'react';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { PICTURE_QUALITIES, PICTURE_QUALITY_LABELS, type PictureQuality } from '../../core/pictures/print-size.js';
import {
  LINE_SPACINGS,
  SUBMISSION_FONTS,
  TURNITIN_LIMIT_MB,
  type SubmissionFont,
} from '../../core/programme/submission-settings.js';
import { appDatabase } from '../../db/app-database.js';
import { updateProgrammeSettings } from '../../db/portfolios.js';
import { formText } from '../../ui/form-text.js';
import { NumberField } from '../../ui/NumberField.js';
import { SavedAsTypedForm } from '../../session/SavedAsTypedForm.js';

/** What the cover page of every exported document says, and how its pages are laid out. */
export function SubmissionSettingsForm({ portfolio }: { readonly portfolio: Portfolio }) {
  const id = useId();
  const { submission } = portfolio.programme;

  async function save(element: HTMLFormElement): Promise<string | undefined> {
    const form = new FormData(element);
    const settings = {
      ...portfolio.programme,
      submission: {
        programmeTitle: formText(form, 'programmeTitle'),
        provider: formText(form, 'provider'),
        declaration: formText(form, 'declaration'),
        nameOnCover: form.get('nameOnCover') === 'on',
        layout: {
          font: formText(form, 'font') as SubmissionFont,
          fontSizePt: Number(formText(form, 'fontSizePt')),
          lineSpacing: Number(formText(form, 'lineSpacing')),
          marginCm: formText(form, 'marginCm').trim() === '' ? Number.NaN : Number(formText(form, 'marginCm')),
        },
        pictureQuality: formText(form, 'pictureQuality') as PictureQuality,
        uploadLimitMb: formText(form, 'uploadLimitMb').trim() === '' ? null : Number(formText(form, 'uploadLimitMb')),
      },
    };
    // Checked as a whole where it is saved: a refused change says why and leaves the settings as they were.
    await updateProgrammeSettings(appDatabase, portfolio.id, settings);
    return undefined;
  }
  return (
    <SavedAsTypedForm className="settings-piece" label="Cover page and layout" save={save} onLeftUnsaved={sayNotSaved}>
      <h3>Cover page and layout</h3>
      <div className="field">
        <label htmlFor={`${id}-programme`}>Programme title</label>
        <input id={`${id}-programme`} name="programmeTitle" defaultValue={submission.programmeTitle} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-provider`}>University or provider</label>
        <input id={`${id}-provider`} name="provider" defaultValue={submission.provider} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-declaration`}>Own-work declaration</label>
        <textarea id={`${id}-declaration`} name="declaration" rows={4} defaultValue={submission.declaration} />
        <p className="field-hint">
          Use your provider’s wording if it gives one. It is printed on every cover page, above your candidate number
          and the date.
        </p>
      </div>
      <label className="checkbox">
        <input type="checkbox" name="nameOnCover" defaultChecked={submission.nameOnCover} /> Put my name on the cover
        page (most providers mark anonymously, by candidate number only)
      </label>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-font`}>Font</label>
          <select id={`${id}-font`} name="font" defaultValue={submission.layout.font}>
            {SUBMISSION_FONTS.map((font) => (
              <option key={font}>{font}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-size`}>Size (pt)</label>
          <select id={`${id}-size`} name="fontSizePt" defaultValue={submission.layout.fontSizePt}>
            {[10, 11, 12, 13, 14].map((size) => (
              <option key={size}>{size}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-spacing`}>Line spacing</label>
          <select id={`${id}-spacing`} name="lineSpacing" defaultValue={submission.layout.lineSpacing}>
            {LINE_SPACINGS.map((spacing) => (
              <option key={spacing}>{spacing}</option>
            ))}
          </select>
        </div>
        <NumberField
          id={`${id}-margins`}
          label="Margins (cm)"
          name="marginCm"
          min={1.5}
          max={4}
          step={0.01}
          defaultValue={submission.layout.marginCm}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-pictures`}>Pictures in exported documents</label>
          <select
            id={`${id}-pictures`}
            name="pictureQuality"
            defaultValue={submission.pictureQuality}
            aria-describedby={`${id}-pictures-hint`}
          >
            {PICTURE_QUALITIES.map((quality) => (
              <option key={quality} value={quality}>
                {PICTURE_QUALITY_LABELS[quality]}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          id={`${id}-limit`}
          label="Your provider’s upload limit (MB)"
          name="uploadLimitMb"
          min={1}
          max={2000}
          step={1}
          placeholder="Not set"
          defaultValue={submission.uploadLimitMb ?? ''}
          describedBy={`${id}-pictures-hint`}
        />
      </div>
      <p className="field-hint" id={`${id}-pictures-hint`}>
        Photos keep every pixel in your portfolio; the document gets copies sized for the page, sharp in print (dpi:
        dots to the inch). Choose high for scans of pupils’ work with fine print. An export larger than{' '}
        {TURNITIN_LIMIT_MB} MB (Turnitin’s limit) or your provider’s limit is warned of when it is saved.
      </p>
    </SavedAsTypedForm>
  );
}
