import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './security/app-origin.js';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'NASENCO Portfolio',
    // The page's own background, light or dark as the system is, so opening never flashes the other.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#14171c' : '#f3f4f7',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // A middle-click on a link would otherwise ask to open a new window (refused anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
