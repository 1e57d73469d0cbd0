import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { Portfolio, Section, SectionContent } from '../core/portfolio/portfolio.js';
import { SCHEMA_VERSIONS } from './schema.js';

export const DATABASE_NAME = 'nasenco-portfolio';

/** The app's one IndexedDB database. Only modules in `db/` touch it. */
export class PortfolioDatabase extends Dexie {
  portfolios!: Table<Portfolio, string>;
  sections!: Table<Section, string>;
  sectionContents!: Table<SectionContent, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade !== undefined) declared.upgrade(upgrade);
    }
  }
}
