import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../security/app-origin.js';
import { parseUrl } from '../security/app-origin.js';

/**
 * Maps a request for `app://portfolio/<path>` to a file inside the built renderer folder,
 * or undefined when the request is not for the app or would escape that folder
 * (`..`, encoded `%2e%2e`, backslashes, absolute paths, NUL bytes).
 */
export function resolveAppFile(rendererRoot: string, requestUrl: string): string | undefined {
  const url = parseUrl(requestUrl);
  if (url === undefined || url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return undefined;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  if (pathname === '/' || pathname === '') pathname = '/index.html';

  const root = resolve(rendererRoot);
  const file = resolve(join(root, pathname));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return undefined;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file of the built renderer; unknown kinds are served as plain bytes. */
export function contentTypeOf(file: string): string {
  const extension = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
