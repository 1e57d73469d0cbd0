// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyDisplaySettings, DEFAULT_DISPLAY, readDisplaySettings, saveDisplaySettings } from './display-settings.js';

const storageWith = (value: string | null) => ({ getItem: () => value });

describe('display settings', () => {
  it('read back as saved', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => void saved.set(key, value),
    };
    const settings = { theme: 'dark', font: 'open', spacing: 'wider', lineSpacing: 'double', tint: 'cream' } as const;
    expect(saveDisplaySettings(storage, settings)).toBe(true);
    expect(readDisplaySettings(storage)).toEqual(settings);
  });

  it('read as the default where nothing, something damaged or something unknown was saved', () => {
    expect(readDisplaySettings(storageWith(null))).toEqual(DEFAULT_DISPLAY);
    expect(readDisplaySettings(storageWith('{not json'))).toEqual(DEFAULT_DISPLAY);
    expect(readDisplaySettings(storageWith('"dark"'))).toEqual(DEFAULT_DISPLAY);
    expect(readDisplaySettings(storageWith('{"theme":"neon","font":"open","tint":"toString"}'))).toEqual({
      ...DEFAULT_DISPLAY,
      font: 'open',
    });
  });

  it('say when the browser refuses to keep them', () => {
    expect(
      saveDisplaySettings(
        {
          setItem: () => {
            throw new DOMException('full', 'QuotaExceededError');
          },
        },
        DEFAULT_DISPLAY,
      ),
    ).toBe(false);
  });

  it('go on the page as attributes of <html>, and ordinary choices leave none', () => {
    const root = document.createElement('html');
    applyDisplaySettings(root, {
      theme: 'dark',
      font: 'rounded',
      spacing: 'normal',
      lineSpacing: 'wide',
      tint: 'blue',
    });
    expect([...root.attributes].map((attribute) => `${attribute.name}=${attribute.value}`).sort()).toEqual([
      'data-font=rounded',
      'data-line-spacing=wide',
      'data-theme=dark',
      'data-tint=blue',
    ]);
    applyDisplaySettings(root, DEFAULT_DISPLAY);
    expect(root.attributes).toHaveLength(0);
  });
});
