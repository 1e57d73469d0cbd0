import { PortfolioDatabase } from './database.js';

/** The database the running app uses, a connection of its own in each worker that imports it; tests make their own. */
export const appDatabase = new PortfolioDatabase();
