import react from '@vitejs/plugin-react';
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

export default defineConfig({
  root: 'src-renderer',
  // Relative asset paths: the same build is served from app://portfolio/ and from 127.0.0.1.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
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
