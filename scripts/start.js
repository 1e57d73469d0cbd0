// `npm start`: builds, then opens the desktop app, or the browser edition where the
// Electron program cannot be had (it is downloaded on first start, so offline machines
// may not have it). `npm run web` (`--browser`) goes straight to the browser edition.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { preview } from 'vite';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron program's path, downloading it on first use; undefined if it cannot be had. */
function findElectron() {
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  const path = result.stdout.trim();
  return result.status === 0 && path !== '' && existsSync(path) ? path : undefined;
}

async function serveBrowserEdition() {
  const server = await preview({ configFile: 'vite.config.ts' });
  const address = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  console.log(
    `\nNASENCO Portfolio (browser edition) is at ${address}\nOpen it in Chrome, Edge or Firefox. Press Ctrl+C to stop.\n`,
  );
}

run(npm, ['run', 'build', '--silent']);

const browserOnly = process.argv.includes('--browser');
const electron = browserOnly ? undefined : findElectron();
if (electron !== undefined) {
  const app = spawn(electron, ['.'], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!browserOnly)
    console.log(
      'The desktop app could not start because its Electron program could not be downloaded, so the browser edition is starting instead.',
    );
  await serveBrowserEdition();
}
