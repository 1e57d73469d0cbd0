import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import type { HostEvents } from './contract.js';
import { TemporaryFiles } from './files/atomic-write.js';
import { OpenedFilesQueue, portfolioFileIn, sendOpenedFile } from './files/opened-files.js';
import { installMenu } from './menu.js';
import { registerHostHandlers } from './ipc/register-handlers.js';
import { mayGrantPermission, mayNavigate, mayOpenWindow, mayRequest } from './security/policies.js';
import { installSpellingDictionaries } from './spelling/dictionaries.js';
import { rightClickMenu, SPELLING_DICTIONARIES_URL, SPELLING_LANGUAGES } from './spelling/spelling-menu.js';
import { AddedWords, changesShowAtOnce } from './spelling/word-list.js';
import { HeldClose } from './closing.js';
import { createMainWindow } from './window.js';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');
const preloadPath = join(here, 'preload', 'preload.cjs');
/** The spelling dictionary `npm run dist` packs into the resources (dist/dictionaries when run from the build). */
const packagedDictionaries = app.isPackaged
  ? join(process.resourcesPath, 'dictionaries')
  : join(here, '..', 'dictionaries');

registerAppScheme();

// Date fields are drawn in the app's locale, not the computer's: a school laptop set to American English
// would otherwise show 05/14/2027 for 14 May 2027.
app.commandLine.appendSwitch('lang', 'en-GB');

/**
 * Words added to the spelling dictionary are the app's own (spelling/word-list.ts): handed to
 * the spellchecker through Chromium's file before it starts, never through the system's dictionary.
 */
const addedWords = new AddedWords(app.getPath('userData'), process.platform);

/** Portfolio files opened outside the page wait here until the page can take them. */
const openedFiles = new OpenedFilesQueue();
const startedWith = portfolioFileIn(process.argv);
if (startedWith !== undefined) openedFiles.open(startedWith);

// One window, one writer: a second launch (e.g. double-clicking a file) focuses the first and hands it the file.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Only the app that holds the lock writes the spellchecker's file: a second launch must not write it under the first.
  try {
    addedWords.prepareChromium(app.getPath('sessionData'));
  } catch (error) {
    console.warn(
      `Your spelling word list could not be prepared: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }

  app.on('second-instance', (_event, argv) => {
    // Queued first: while the app is still starting there is no window yet, and the file must wait for it.
    const path = portfolioFileIn(argv);
    if (path !== undefined) openedFiles.open(path);
    const window = BrowserWindow.getAllWindows()[0];
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // macOS opens files by event, not by arguments, and may do so before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openedFiles.open(path);
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

  // A close or quit the page holds while it saves goes ahead once it has (closing.ts).
  const heldClose = new HeldClose();
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  void app.whenReady().then(async () => {
    const appSession = session.defaultSession;
    appSession.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(mayGrantPermission(permission)),
    );
    appSession.setPermissionCheckHandler((_contents, permission) => mayGrantPermission(permission));
    appSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !mayRequest(details.url) }));
    // British English (Windows and Linux; macOS uses the system's spellchecker and its language).
    // Windows and Linux would fetch the dictionary from Google's servers: the packaged one is put where it is
    // looked for first, and any other fetch is pointed at the app's own files (docs/security.md).
    if (process.platform !== 'darwin') {
      const dictionaries = await installSpellingDictionaries(
        packagedDictionaries,
        join(app.getPath('userData'), 'Dictionaries'),
      );
      if (dictionaries.kind !== 'installed')
        console.warn(
          `Spelling suggestions are unavailable: ${dictionaries.kind === 'failed' ? dictionaries.reason : 'no dictionary was packaged'}.`,
        );
      appSession.setSpellCheckerDictionaryDownloadURL(SPELLING_DICTIONARIES_URL);
      appSession.setSpellCheckerLanguages([...SPELLING_LANGUAGES]);
    }

    // Words an earlier version put in the system's dictionary are taken out of it once, as the app quits (Windows,
    // macOS): taking them out also takes them out of Chromium's list, which would mark them for the whole session;
    // the next start writes Chromium's file afresh from the app's list.
    app.once('will-quit', () => {
      const { toUnlearn } = addedWords.stored();
      if (toUnlearn.length === 0) return;
      for (const word of toUnlearn) appSession.removeWordFromSpellCheckerDictionary(word);
      addedWords.unlearned();
    });
    const atOnce = changesShowAtOnce(process.platform);

    // Temporary files a crash left beside the person's files (a half-saved backup) go before anything is written.
    const temporaryFiles = new TemporaryFiles(join(app.getPath('userData'), 'Writing'));
    await temporaryFiles.clearLeftovers();

    serveRenderer(rendererRoot);
    registerHostHandlers(
      {
        savesDone: () => heldClose.savesDone(),
        list: () => addedWords.shown(),
        remove: (word) => {
          addedWords.remove(word);
          if (atOnce) appSession.removeWordFromSpellCheckerDictionary(word);
          return addedWords.shown();
        },
      },
      temporaryFiles,
    );
    const window = createMainWindow(preloadPath);
    window.webContents.on('will-prevent-unload', () => {
      // Not prevented here: Electron cancels the close, and it is done again when the page has saved.
      const wasQuitting = quitting;
      quitting = false;
      heldClose.hold(
        () => (wasQuitting ? app.quit() : window.close()),
        () => (wasQuitting ? app.exit(0) : window.destroy()),
      );
    });
    window.webContents.on('context-menu', (_event, params) => {
      const items = rightClickMenu(params, {
        replaceWith: (word) => window.webContents.replaceMisspelling(word),
        addToDictionary: (word) => {
          addedWords.add(word);
          // Only on Linux does Electron's own call write nowhere but the app's files.
          if (atOnce) appSession.addWordToSpellCheckerDictionary(word);
        },
        addsAtOnce: atOnce,
      });
      if (items.length > 0) Menu.buildFromTemplate(items.map((item) => ({ ...item }))).popup({ window });
    });
    const send = <E extends keyof HostEvents>(channel: E, payload: HostEvents[E]) =>
      window.webContents.send(channel, payload);
    window.webContents.on('did-finish-load', () =>
      // An opened file goes to the page in pieces of at most 32 MB (ipc/file-transfers.ts); the preload puts it back together.
      openedFiles.ready((path) => void sendOpenedFile(path, (piece) => send('host:portfolio-file-opened', piece))),
    );
    window.webContents.on('did-start-loading', () => openedFiles.notReady());
    installMenu(() => {
      void dialog
        .showOpenDialog(window, {
          title: 'Open a portfolio file',
          filters: [{ name: 'NASENCO portfolio file', extensions: ['nasenco'] }],
          properties: ['openFile'],
        })
        .then((result) => {
          const [path] = result.filePaths;
          if (!result.canceled && path !== undefined) openedFiles.open(path);
        });
    });
  });
}
