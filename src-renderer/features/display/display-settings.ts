/**
 * How the app looks on this computer: light or dark, and reading settings for dyslexic
 * writers (a font with open letter shapes, more space between letters, words and lines, a
 * tinted page). Kept in the browser's local storage, apart from the portfolios: they belong
 * to the person at this computer, not to a portfolio, and never travel in files.
 */

export const DISPLAY_CHOICES = {
  theme: { system: 'As the computer is set', light: 'Light', dark: 'Dark' },
  font: { standard: 'Standard', open: 'Open letter shapes (Verdana)', rounded: 'Rounded (Comic Sans)' },
  spacing: { normal: 'Normal', wide: 'Wider', wider: 'Widest' },
  lineSpacing: { normal: 'Normal (1.5)', wide: 'Wider (1.8)', double: 'Double (2)' },
  tint: { none: 'White', cream: 'Cream', blue: 'Pale blue', green: 'Pale green', grey: 'Pale grey' },
} as const;

type Choices = typeof DISPLAY_CHOICES;
export type DisplaySettings = { readonly [Setting in keyof Choices]: keyof Choices[Setting] };

export const DEFAULT_DISPLAY: DisplaySettings = {
  theme: 'system',
  font: 'standard',
  spacing: 'normal',
  lineSpacing: 'normal',
  tint: 'none',
};

const STORAGE_KEY = 'nasenco-display';

/** The settings saved on this computer; anything missing, unknown or damaged reads as the default. */
export function readDisplaySettings(storage: Pick<Storage, 'getItem'>): DisplaySettings {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return DEFAULT_DISPLAY;
  }
  if (typeof saved !== 'object' || saved === null) return DEFAULT_DISPLAY;
  const settings: Record<string, string> = { ...DEFAULT_DISPLAY };
  for (const [setting, choices] of Object.entries(DISPLAY_CHOICES)) {
    const value = (saved as Record<string, unknown>)[setting];
    if (typeof value === 'string' && Object.hasOwn(choices, value)) settings[setting] = value;
  }
  return settings as DisplaySettings;
}

/** Saves the settings; a browser that refuses (storage full or blocked) keeps them for this session only. */
export function saveDisplaySettings(storage: Pick<Storage, 'setItem'>, settings: DisplaySettings): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/** Puts the settings on the page: app.css reads them from attributes of <html>. */
export function applyDisplaySettings(root: HTMLElement, settings: DisplaySettings): void {
  const attributes: Record<keyof DisplaySettings, [string, string]> = {
    theme: ['data-theme', 'system'],
    font: ['data-font', 'standard'],
    spacing: ['data-spacing', 'normal'],
    lineSpacing: ['data-line-spacing', 'normal'],
    tint: ['data-tint', 'none'],
  };
  for (const [setting, [attribute, ordinary]] of Object.entries(attributes) as [
    keyof DisplaySettings,
    [string, string],
  ][]) {
    if (settings[setting] === ordinary) root.removeAttribute(attribute);
    else root.setAttribute(attribute, settings[setting]);
  }
}
