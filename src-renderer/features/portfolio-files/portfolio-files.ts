import type { SaveOutcome } from '../../../src-main/contract.js';
import { APP_VERSION } from '../../app/app-version.js';
import { todayIso } from '../../core/dates/dates.js';
import { readPortfolioFile, writePortfolioFile, type OpenedFile, type ReadResult } from '../../core/portfolio-file/portfolio-file.js';
import type { PortfolioDatabase } from '../../db/database.js';
import { portfolioFileContents, restorePortfolios, type RestoreChoice, type RestoreSummary } from '../../db/portfolio-files.js';
import { webFileCrypto } from '../../host/file-crypto.js';
import { host } from '../../host/host.js';

/** A passphrase long enough that guessing it is slow even with a fast computer. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** Why a passphrase and its confirmation cannot be used, or undefined when they can. */
export function passphraseProblem(passphrase: string, confirmation: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return `Use at least ${MIN_PASSPHRASE_LENGTH} characters: a few words you will remember work well.`;
  if (passphrase !== confirmation) return 'The two passphrases are not the same. Type them again.';
  return undefined;
}

const writeOptions = () => ({ appVersion: APP_VERSION, createdAt: new Date().toISOString() });

/** One file with every portfolio, protected when a passphrase is given, saved where the candidate chooses. */
export async function backUpEverything(db: PortfolioDatabase, passphrase: string | undefined): Promise<SaveOutcome> {
  const { contents, files } = await portfolioFileContents(db, webFileCrypto, 'backup');
  if (contents.portfolios.length === 0) return { status: 'failed', message: 'There is nothing to back up yet: create a portfolio first.' };
  const bytes = await writePortfolioFile(contents, files, webFileCrypto, { ...writeOptions(), ...(passphrase === undefined ? {} : { passphrase }) });
  // A backup is only worth keeping if it restores: read it back, as a restore would, before saving it.
  const check = await readPortfolioFile(bytes, webFileCrypto, passphrase);
  if (!check.ok) return { status: 'failed', message: `The backup was not saved, because reading it back found a problem: ${check.problem.message} Your portfolios are unchanged.` };
  return host.savePortfolioFile({ suggestedFileName: `NASENCO backup ${todayIso()}.nasenco`, bytes });
}

export async function readChosenFile(file: Blob, passphrase?: string): Promise<ReadResult> {
  return readPortfolioFile(new Uint8Array(await file.arrayBuffer()), webFileCrypto, passphrase);
}

export function restoreFromFile(db: PortfolioDatabase, opened: OpenedFile, choices: ReadonlyMap<string, RestoreChoice>): Promise<RestoreSummary> {
  return restorePortfolios(db, opened, choices, webFileCrypto, writeOptions());
}

export function describeRestore({ added, replaced }: RestoreSummary): string {
  const parts = [added > 0 ? `${added} ${added === 1 ? 'portfolio' : 'portfolios'} added` : '', replaced > 0 ? `${replaced} replaced (a copy of each is kept on this screen)` : ''].filter((part) => part !== '');
  return `Restored: ${parts.join(', ')}.`;
}
