import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';
import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
  mkdirSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The installers are built on connected machines (`npm run dist`): electron-builder downloads
 * Electron and its packaging tools. Here the configuration is checked, and the app is packed
 * for real with a stand-in Electron program, so what goes into the package is known.
 */

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string };
  files: string[];
  extraResources: { from: string; to: string; filter: string[] }[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; role: string }[];
  win: { target: { target: string }[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  mac: { target: { target: string }[] };
  linux: { target: string[] };
}

const root = resolve(import.meta.dirname, '..');
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('the installers’ configuration', () => {
  it('names the app, installs per user on Windows, and builds every platform’s installer', () => {
    expect(config).toMatchObject({ appId: 'uk.org.nasenco.portfolio', productName: 'NASENCO Portfolio', asar: true });
    expect(config.win.target.map((target) => target.target)).toEqual(['nsis']);
    // School laptops rarely give teachers administrator rights.
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    expect(config.mac.target.map((target) => target.target)).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('opens .nasenco files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'nasenco', name: 'NASENCO portfolio', role: 'Editor' }),
    ]);
  });

  it('locks the Electron program at packaging: no Node mode, no inspector, the app only from its checked archive', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('carries the British English spelling dictionary outside the archive, fetched by the build', () => {
    expect(config.extraResources).toEqual([{ from: 'dist/dictionaries', to: 'dictionaries', filter: ['*.bdic'] }]);
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['dist']).toMatch(/tsx scripts\/fetch-spelling-dictionaries\.ts && electron-builder$/u);
  });

  it('has one icon, large enough for every platform’s sizes', () => {
    const png = readFileSync(join(root, config.directories.buildResources, 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});

describe('the packed app', () => {
  const work = mkdtempSync(join(tmpdir(), 'nasenco-pack-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /**
   * A stand-in for the Electron program: a file with the fuse wire where Electron keeps it
   * (the sentinel, the wire's version and length, then one byte per fuse), so that packing can
   * set the fuses as it would in the real program.
   */
  function standInElectron(): string {
    const dist = join(work, 'electron-dist');
    mkdirSync(dist);
    const version = (
      JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
    ).version;
    writeFileSync(join(dist, 'version'), version);
    // Electron's own defaults, each the opposite of what the configuration asks, so every fuse checked below must be flipped:
    // run as node 1, cookie encryption 0, NODE_OPTIONS 1, --inspect 1, asar integrity 0, only from asar 0, V8 snapshot 0, file privileges 1, one more 0.
    writeFileSync(
      join(dist, 'electron'),
      Buffer.concat([
        Buffer.from('#!/bin/sh\nexit 0\n# dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
        Buffer.from([1, 9]),
        Buffer.from('101100010\n'),
      ]),
    );
    chmodSync(join(dist, 'electron'), 0o755);
    return dist;
  }

  it('holds the built app and nothing else, with the fuses set as configured', async () => {
    const project = join(work, 'project');
    mkdirSync(project);
    for (const file of ['package.json', 'electron-builder.yml']) cpSync(join(root, file), join(project, file));
    cpSync(join(root, 'assets'), join(project, 'assets'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
    const run = (command: string, args: string[], cwd = root) =>
      execFileSync(command, args, { cwd, stdio: 'pipe', timeout: 240_000 });
    run(process.execPath, [
      join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      'src-main',
      '--outDir',
      join(project, 'dist/main'),
    ]);
    run(process.execPath, [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      join(project, 'dist/renderer'),
      '--emptyOutDir',
      '--logLevel',
      'error',
    ]);
    // Electron's dictionaries zip, standing in for the one `npm run dist` fetches.
    writeFileSync(
      join(work, 'hunspell_dictionaries.zip'),
      zipSync({
        'en-GB-10-1.bdic': new TextEncoder().encode('BDic colour'),
        'en-US-10-1.bdic': new TextEncoder().encode('BDic color'),
      }),
    );
    run(process.execPath, [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'scripts/fetch-spelling-dictionaries.ts'),
      '--from',
      join(work, 'hunspell_dictionaries.zip'),
      '--to',
      join(project, 'dist/dictionaries'),
    ]);
    run(
      process.execPath,
      [
        join(root, 'node_modules/electron-builder/cli.js'),
        '--dir',
        '--linux',
        `-c.electronDist=${standInElectron()}`,
        `-c.directories.output=${join(work, 'release')}`,
      ],
      project,
    );

    const unpacked = join(work, 'release/linux-unpacked');
    const entries = listPackage(join(unpacked, 'resources/app.asar'), { isPack: false });
    expect(entries).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist/main/main.js',
        '/dist/main/preload/preload.cjs',
        '/dist/renderer/index.html',
      ]),
    );
    const unwanted = entries.filter((entry) => /\.map$|\.test\.|node_modules|\/src-|\/e2e|\.tsbuildinfo$/u.test(entry));
    expect(unwanted).toEqual([]);
    expect(
      entries.every(
        (entry) =>
          entry === '/package.json' ||
          entry === '/dist' ||
          entry.startsWith('/dist/main') ||
          entry.startsWith('/dist/renderer'),
      ),
    ).toBe(true);

    expect(readdirSync(join(unpacked, 'resources/dictionaries'))).toEqual(['en-GB-10-1.bdic']);
    expect(entries.filter((entry) => entry.endsWith('.bdic'))).toEqual([]);

    // The package's FuseState is not exported: a fuse is the character '0' (off) or '1' (on).
    const [off, on] = ['0'.charCodeAt(0), '1'.charCodeAt(0)];
    const wire = await getCurrentFuseWire(join(unpacked, 'nasenco-portfolio'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: off,
      nodeOptions: off,
      inspect: off,
      cookieEncryption: on,
      asarIntegrity: on,
      onlyFromAsar: on,
      fileProtocolPrivileges: off,
    });
  }, 300_000);
});
