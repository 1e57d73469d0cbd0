import { PortfolioDatabase } from './database.js';

/** The database the running app uses; tests make their own. */
export const appDatabase = new PortfolioDatabase();
