/**
 * Fetches the British English Hunspell dictionary for the installers (`npm run dist`, on a
 * connected machine): from the `hunspell_dictionaries.zip` Electron publishes with each release,
 * or from a copy of that zip already at hand (`--from path/to/hunspell_dictionaries.zip`).
 * It is written to dist/dictionaries (or `--to folder`), which electron-builder puts in the app's resources; the
 * app copies it to where the spellchecker looks at start (src-main/spelling/dictionaries.ts).
 */
import { unzipSync } from 'fflate';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DICTIONARY_LANGUAGES = ['en-GB'] as const;

/** The dictionaries for `languages` in Electron's zip, by file name (`en-GB-10-1.bdic`). */
export function dictionariesInZip(
  zip: Uint8Array,
  languages: readonly string[] = DICTIONARY_LANGUAGES,
): Map<string, Uint8Array> {
  const wanted = (name: string) =>
    languages.some((language) => new RegExp(`^${language}-\\d+-\\d+\\.bdic$`, 'u').test(name));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (file) => wanted(file.name.split('/').pop() ?? '') });
  } catch (error) {
    throw new Error(
      `The spelling dictionaries file is not a readable zip (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const found = new Map(Object.entries(files).map(([path, bytes]) => [path.split('/').pop() ?? path, bytes]));
  const missing = languages.filter((language) => ![...found.keys()].some((name) => name.startsWith(`${language}-`)));
  if (missing.length > 0)
    throw new Error(`The spelling dictionaries file has no dictionary for ${missing.join(', ')}.`);
  for (const [name, bytes] of found) {
    // Chromium's binary dictionaries begin "BDic"; anything else would be refused by the spellchecker.
    if (new TextDecoder().decode(bytes.subarray(0, 4)) !== 'BDic')
      throw new Error(`${name} in the spelling dictionaries file is not a Hunspell binary dictionary.`);
  }
  return found;
}

export function electronDictionariesUrl(electronVersion: string): string {
  return `https://github.com/electron/electron/releases/download/v${electronVersion}/hunspell_dictionaries.zip`;
}

export function writeDictionaries(dictionaries: Map<string, Uint8Array>, folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [name, bytes] of dictionaries) writeFileSync(join(folder, name), bytes);
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const option = (name: string) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const from = option('--from');
  let zip: Uint8Array;
  if (from !== undefined) zip = readFileSync(from);
  else {
    const version = (
      JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
    ).version;
    const url = electronDictionariesUrl(version);
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(
        `Could not fetch the spelling dictionaries from ${url} (${response.status}). Build on a connected machine, or pass --from with a copy of that file.`,
      );
    zip = new Uint8Array(await response.arrayBuffer());
  }
  const dictionaries = dictionariesInZip(zip);
  writeDictionaries(dictionaries, option('--to') ?? join(root, 'dist/dictionaries'));
  console.log(`Spelling dictionaries for the installers: ${[...dictionaries.keys()].join(', ')}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
