import { version } from '../../package.json';

/** This app's version, written into every portfolio file it saves. */
export const APP_VERSION: string = version;
