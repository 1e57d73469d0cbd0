import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appDatabase } from '../db/app-database.js';
import { purgeDeletedPortfolios } from '../db/portfolios.js';
import { describeStorageError } from '../db/describe-storage-error.js';
import { applyDisplaySettings, readDisplaySettings } from '../features/display/display-settings.js';
import { App } from './App.js';
import { showNotice } from './session-store.js';
import './app.css';

// Before the first paint, so a dark or tinted page never flashes white.
applyDisplaySettings(document.documentElement, readDisplaySettings(localStorage));

const sessionStart = Date.now();

// Deletions can be undone until the app closes; the next start removes them for good.
purgeDeletedPortfolios(appDatabase, sessionStart).catch((error: unknown) => showNotice(describeStorageError(error)));

// In a browser, ask for storage that is not cleared when the disk runs low (the desktop app always has it).
navigator.storage.persist().catch(() => undefined);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
