import { useState } from 'react';
import { showNotice } from '../../session/session-store.js';
import { Dialog } from '../../ui/Dialog.js';
import {
  applyDisplaySettings,
  DEFAULT_DISPLAY,
  DISPLAY_CHOICES,
  readDisplaySettings,
  saveDisplaySettings,
  type DisplaySettings,
} from './display-settings.js';

const LEGENDS: Readonly<Record<keyof DisplaySettings, string>> = {
  theme: 'Light or dark',
  font: 'Font',
  spacing: 'Space between letters and words',
  lineSpacing: 'Space between lines',
  tint: 'Page colour',
};

/** "Display and reading…": light or dark, and reading settings, shown at once as they are chosen and kept on this computer. */
export function DisplaySettingsButton() {
  const [open, setOpen] = useState(false);
  const [settings, setSettings] = useState<DisplaySettings>(() => readDisplaySettings(localStorage));
  const choose = (next: DisplaySettings) => {
    setSettings(next);
    applyDisplaySettings(document.documentElement, next);
    if (!saveDisplaySettings(localStorage, next))
      showNotice('These display settings apply until the app closes: this computer would not keep them.');
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Display and reading…
      </button>
      {open && (
        <Dialog title="Display and reading" onClose={() => setOpen(false)}>
          <p className="muted">
            These change how the app looks on this computer, at once. They do not change your exported documents.
          </p>
          {(Object.keys(DISPLAY_CHOICES) as (keyof DisplaySettings)[]).map((setting) => (
            <fieldset key={setting} className="switches display-choice">
              <legend>{LEGENDS[setting]}</legend>
              {Object.entries(DISPLAY_CHOICES[setting]).map(([value, label]) => (
                <label key={value} className="checkbox">
                  <input
                    type="radio"
                    name={setting}
                    value={value}
                    checked={settings[setting] === value}
                    onChange={() => choose({ ...settings, [setting]: value })}
                  />{' '}
                  {label}
                </label>
              ))}
            </fieldset>
          ))}
          <div className="dialog-actions">
            <button type="button" onClick={() => choose(DEFAULT_DISPLAY)}>
              Back to the usual settings
            </button>
            <button type="button" className="primary" onClick={() => setOpen(false)} autoFocus>
              Done
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
