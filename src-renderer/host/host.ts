import type { Host } from '../../src-main/contract.js';
import { browserHost } from './browser-host.js';

declare global {
  interface Window {
    /** Set by the desktop edition's preload; absent in a plain browser. */
    readonly host?: Host;
  }
}

/** The platform the app runs on: the desktop app's preload, or the browser. */
export const host: Host = window.host ?? browserHost;
