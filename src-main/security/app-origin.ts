/**
 * Where the renderer lives. IndexedDB belongs to an origin, so this must never change:
 * every user's portfolios are stored under it (see docs/app-origin.md).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'portfolio';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when `url` is a page of the app itself.
 *
 * Compares the parsed scheme and host rather than string prefixes, so
 * "app://portfolio.evil/" or "app://portfolio@evil/" do not pass. (WHATWG URL gives
 * custom schemes an opaque origin of "null", so the origin property cannot be compared.)
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
