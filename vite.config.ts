import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src-main/security/policies.js';

/**
 * The built page carries the same Content-Security-Policy the desktop app sends as a
 * header, so the browser edition refuses the network too. `frame-ancestors` only works
 * as a header, so it is left out of the meta tag.
 */
function contentSecurityPolicy(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Licences the built app must carry: the HEIC decoder (libheif with libde265) is LGPL-3.0, whose
 * text goes beside the worker that holds it (docs/submission-export.md).
 */
function carriedLicences(): Plugin {
  return {
    name: 'carried-licences',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'licences/libheif-js-LGPL-3.0.txt',
        source: readFileSync(new URL('node_modules/libheif-js/libheif-wasm/LICENSE', import.meta.url), 'utf8'),
      });
    },
  };
}

export default defineConfig({
  root: 'src-renderer',
  // Relative asset paths: the same build is served from app://portfolio/ and from 127.0.0.1.
  base: './',
  plugins: [react(), contentSecurityPolicy(), carriedLicences()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173 },
  // The browser edition: its fixed origin is its storage (docs/app-origin.md); the headers are the desktop app's (docs/security.md).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
});
