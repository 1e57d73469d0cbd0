import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ELECTRON_SKIP_REASON =
  'The Electron program is not installed and cannot be downloaded here, so the desktop app cannot be launched.';

/** The Electron program, if this machine has it; asking `electron` for it downloads it where it can. */
export function electronBinary(): string | undefined {
  const found = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' && existsSync(path) ? path : undefined;
}
