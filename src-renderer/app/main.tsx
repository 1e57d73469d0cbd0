import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appDatabase } from '../db/app-database.js';
import { purgeDeletedPortfolios } from '../db/portfolios.js';
import { purgeRecentlyDeleted } from '../db/recently-deleted.js';
import { describeFailure } from '../core/failure/failure.js';
import { watchForStorageFull } from '../db/storage-full.js';
import { askToKeepStorage } from '../features/storage/use-storage-use.js';
import { showStorageFull, storageHasRoom } from './storage-full-notice.js';
import { applyDisplaySettings, readDisplaySettings } from '../features/display/display-settings.js';
import { App } from './App.js';
import { putBackWordsKeptOnLeaving } from './keep-work-on-leaving.js';
import { showNotice } from '../session/session-store.js';
import './app.css';

// Before the first paint, so a dark or tinted page never flashes white.
applyDisplaySettings(document.documentElement, readDisplaySettings(localStorage));

// Before the database first opens: a write refused for want of room, anywhere, offers a backup.
watchForStorageFull(appDatabase, showStorageFull, storageHasRoom);

const sessionStart = Date.now();

// Deletions can be undone until the app closes; the next start removes them for good.
purgeDeletedPortfolios(appDatabase, sessionStart).catch((error: unknown) => showNotice(describeFailure(error)));
// Sections, evidence and reading-log entries stay in Recently deleted for 30 days.
purgeRecentlyDeleted(appDatabase, sessionStart).catch((error: unknown) => showNotice(describeFailure(error)));

// Ask, from the first start, for storage that is not cleared when the disk runs low; the home screen says what the computer answered.
void askToKeepStorage();

// Words typed in the last moment before the page last went are put in their place before any text opens.
await putBackWordsKeptOnLeaving(appDatabase);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
