import { isAppUrl, parseUrl } from './app-origin.js';

/**
 * The app's security decisions as plain functions, so they are tested without Electron.
 * `window.ts` and `main.ts` wire them to Electron's events.
 */

/** The app is a single page: it may reload itself, and go nowhere else. */
export function mayNavigate(url: string): boolean {
  return isAppUrl(url);
}

/** No page of the app ever opens a new window. */
export function mayOpenWindow(_url: string): boolean {
  return false;
}

/** The app asks for no permission (camera, notifications, geolocation, …), so none is granted. */
export function mayGrantPermission(_permission: string): false {
  return false;
}

/**
 * The app never uses the network: only its own files, and in-memory blob and data
 * URLs (attachments, downloads), may be requested. DevTools keeps working for developers.
 */
export function mayRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parseUrl(url);
  if (parsed === undefined) return false;
  return parsed.protocol === 'blob:' || parsed.protocol === 'data:' || parsed.protocol === 'devtools:';
}

export interface IpcSender {
  /** URL of the frame that sent the message, or undefined if the frame is gone. */
  readonly frameUrl: string | undefined;
  /** Whether that frame is the top-level frame of its window. */
  readonly isMainFrame: boolean;
}

/** IPC is answered only for the app's own top-level page, never for an iframe or a stray page. */
export function isTrustedSender(sender: IpcSender): boolean {
  return sender.isMainFrame && sender.frameUrl !== undefined && isAppUrl(sender.frameUrl);
}

/** The Content-Security-Policy for every page the app serves: nothing from the network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly may be compiled, never JavaScript from text: the HEIC decoder is WebAssembly
  // carried inside the app (docs/security.md).
  "script-src 'self' 'wasm-unsafe-eval'",
  // No inline style, as no inline script: script sets styles through CSSOM, which the policy
  // does not govern, never as `style="…"` or a `<style>` element (docs/security.md).
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers on every file the app serves, in both editions (`app-protocol.ts` for the desktop,
 * `vite.config.ts` for the browser edition on 127.0.0.1): no framing by another page, no
 * guessing of file types, no referrer, no window shared with another origin, none of the
 * app's files usable by another origin, and no camera, microphone or location.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), payment=()',
};
