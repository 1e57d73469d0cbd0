import { copyFile, mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * On Windows and Linux, Electron's spellchecker reads its Hunspell dictionaries (`en-GB-10-1.bdic`)
 * from `<userData>/Dictionaries`, and downloads any that are missing from Google's servers. The
 * installer carries the dictionary in its resources (`npm run dist` fetches it on the connected
 * machine that builds), and it is copied into place at start, so nothing is ever downloaded.
 */

export type DictionaryInstall =
  | { readonly kind: 'installed'; readonly files: readonly string[] }
  | { readonly kind: 'none-packaged' }
  | { readonly kind: 'failed'; readonly reason: string };

const isDictionary = (name: string) => name.endsWith('.bdic');

/** Copies each packaged dictionary that is missing or different in `to`; never throws, since spelling is not worth failing the start for. */
export async function installSpellingDictionaries(from: string, to: string): Promise<DictionaryInstall> {
  let packaged: string[];
  try {
    packaged = (await readdir(from)).filter(isDictionary);
  } catch {
    return { kind: 'none-packaged' };
  }
  if (packaged.length === 0) return { kind: 'none-packaged' };
  const files: string[] = [];
  try {
    await mkdir(to, { recursive: true });
    for (const name of packaged) {
      if (await sameFile(join(from, name), join(to, name))) continue;
      // Copied beside, then renamed, so the spellchecker never reads half a dictionary.
      const partial = join(to, `.${name}.partial`);
      await copyFile(join(from, name), partial);
      await rename(partial, join(to, name));
      files.push(name);
    }
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  return { kind: 'installed', files };
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([stat(a), stat(b).catch(() => undefined)]);
  if (right === undefined || left.size !== right.size) return false;
  return Buffer.compare(await readFile(a), await readFile(b)) === 0;
}
