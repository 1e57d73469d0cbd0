import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './app-origin.js';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  isTrustedSender,
  mayGrantPermission,
  mayNavigate,
  mayOpenWindow,
  mayRequest,
} from './policies.js';

const lookalikes = [
  'app://portfolio.evil.example/index.html',
  'app://portfolio@evil.example/index.html',
  'app://user:pass@portfolio/index.html',
  'app://portfolio:8080/index.html',
  'https://portfolio/index.html',
  'file:///app/portfolio/index.html',
  'javascript:alert(1)',
  '',
];

describe('the app origin', () => {
  it('recognises its own pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://portfolio/index.html#/portfolio/1')).toBe(true);
  });

  it.each(lookalikes)('does not mistake %j for itself', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('navigation and windows', () => {
  it('allows reloading the app and nothing else', () => {
    expect(mayNavigate(APP_ENTRY_URL)).toBe(true);
    for (const url of [...lookalikes, 'https://www.gov.uk/']) expect(mayNavigate(url)).toBe(false);
  });

  it('never opens a window or grants a permission', () => {
    expect(mayOpenWindow(APP_ENTRY_URL)).toBe(false);
    expect(mayOpenWindow('https://www.gov.uk/')).toBe(false);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      expect(mayGrantPermission(permission)).toBe(false);
    }
  });
});

describe('requests', () => {
  it('lets the app load its own files, blobs and data URLs', () => {
    expect(mayRequest('app://portfolio/assets/index.js')).toBe(true);
    expect(mayRequest('blob:app://portfolio/1234')).toBe(true);
    expect(mayRequest('data:image/png;base64,AAAA')).toBe(true);
  });

  it.each([
    'https://fonts.googleapis.com/css',
    'http://127.0.0.1:8080/',
    'ws://localhost/',
    'ftp://example.org/',
    ...lookalikes,
  ])('blocks %j', (url) => {
    expect(mayRequest(url)).toBe(false);
  });

  const withoutWasm = CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", '');

  it('sets a Content-Security-Policy that allows nothing from the network', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' blob: data:");
    // WebAssembly alone may be compiled (the HEIC decoder); JavaScript from text never.
    expect(withoutWasm).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it('allows no inline script or style: script and styles are the app’s own files, and script sets styles through CSSOM', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(directives).toContain("style-src 'self'");
    // No exception by keyword, nonce or hash, nor for style or script attributes or elements alone (docs/security.md).
    expect(withoutWasm).not.toMatch(/unsafe-|nonce-|sha(256|384|512)-|(script|style)-src-(attr|elem)/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('IPC senders', () => {
  it('answers only the app page in its top-level frame', () => {
    expect(isTrustedSender({ frameUrl: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ frameUrl: APP_ENTRY_URL, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ frameUrl: undefined, isMainFrame: true })).toBe(false);
    for (const url of lookalikes) expect(isTrustedSender({ frameUrl: url, isMainFrame: true })).toBe(false);
  });
});
