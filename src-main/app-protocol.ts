import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentTypeOf, resolveAppFile } from './files/app-files.js';
import { APP_SCHEME } from './security/app-origin.js';
import { SECURITY_HEADERS } from './security/policies.js';

/**
 * Must run before the app is ready. "standard" gives the scheme real origins and
 * "secure" makes it a secure context: together they let IndexedDB and crypto.randomUUID
 * work, which they do not for file:// pages.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `rendererRoot` at app://portfolio/. Files are read
 * directly rather than fetched from file://, so the request filter can refuse every
 * file:// URL without exception.
 */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    if (file === undefined) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': contentTypeOf(file), ...SECURITY_HEADERS },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
