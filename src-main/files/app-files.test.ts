import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveAppFile } from './app-files.js';

const root = resolve('/opt/app/renderer');

describe('resolveAppFile', () => {
  it('serves the entry page and assets from the renderer folder', () => {
    expect(resolveAppFile(root, 'app://portfolio/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://portfolio/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://portfolio/assets/main-1a2b.js?v=1')).toBe(join(root, 'assets', 'main-1a2b.js'));
    expect(resolveAppFile(root, 'app://portfolio/assets/My%20font.woff2')).toBe(join(root, 'assets', 'My font.woff2'));
  });

  it.each([
    'app://portfolio/../secrets.txt',
    'app://portfolio/%2e%2e/secrets.txt',
    'app://portfolio/assets/%2e%2e/%2e%2e/secrets.txt',
    'app://portfolio/..%2f..%2fsecrets.txt',
    'app://portfolio/assets/..%2F..%2F..%2Fetc%2Fpasswd',
  ])('keeps %s inside the renderer folder', (url) => {
    const file = resolveAppFile(root, url);
    if (file !== undefined) expect(file.startsWith(root + sep)).toBe(true);
  });

  it.each([
    'app://portfolio/..%5c..%5csecrets.txt',
    'app://portfolio/%00.js',
    'app://portfolio/%E0%A4%A',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeUndefined();
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['/r/index.html', 'text/html; charset=utf-8'],
    ['/r/assets/main-1a2b.JS', 'text/javascript; charset=utf-8'],
    ['/r/assets/app.css', 'text/css; charset=utf-8'],
    ['/r/assets/font.woff2', 'font/woff2'],
    ['/r/notes', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
