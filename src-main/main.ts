import { app, BrowserWindow, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { registerHostHandlers } from './ipc/register-handlers.js';
import { mayGrantPermission, mayNavigate, mayOpenWindow, mayRequest } from './security/policies.js';
import { createMainWindow } from './window.js';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');
const preloadPath = join(here, 'preload', 'preload.cjs');

registerAppScheme();

// One window, one writer: a second launch (e.g. double-clicking a file) focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => (mayOpenWindow(url) ? { action: 'allow' } : { action: 'deny' }));
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    const appSession = session.defaultSession;
    appSession.setPermissionRequestHandler((_contents, permission, callback) => callback(mayGrantPermission(permission)));
    appSession.setPermissionCheckHandler((_contents, permission) => mayGrantPermission(permission));
    appSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !mayRequest(details.url) }));

    serveRenderer(rendererRoot);
    registerHostHandlers();
    createMainWindow(preloadPath);
  });
}
