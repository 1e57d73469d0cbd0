import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SpellingWordList } from '../contract.js';

/**
 * Words added to the spelling dictionary are often pupils' names. Electron's own "add word"
 * writes them to the operating system's dictionary on Windows and macOS, outside the app and
 * beyond its reach (electron_api_session.cc calls spellcheck_platform::AddWord there), so the
 * app keeps its own list (`spelling-words.json` in its data folder) and hands it to Chromium's
 * spellchecker the one way that touches nothing else: Chromium's `Custom Dictionary.txt` in the
 * app's data folder, written before the spellchecker starts, which it honours on every
 * platform (its renderer drops custom words from the platform checker's results). Only on
 * Linux, where Electron's call writes nowhere but that file, is a word also added at once.
 */

export const WORD_LIST_FILE = 'spelling-words.json';
/** Chromium's name for the file, in the session's folder (spellcheck_custom_dictionary.cc). */
export const CHROMIUM_DICTIONARY_FILE = 'Custom Dictionary.txt';
const CHECKSUM_PREFIX = 'checksum_v1 = ';

/** Whether Electron's own add and remove touch only the app's files on this platform. */
export function changesShowAtOnce(platform: NodeJS.Platform): boolean {
  return platform === 'linux';
}

/** A word as Chromium keeps one: at most 99 bytes of UTF-8, no white space (it checks word by word). */
export function isKeepableWord(word: string): boolean {
  return word !== '' && Buffer.byteLength(word, 'utf8') <= 99 && !/\s/u.test(word);
}

interface StoredList {
  readonly words: readonly string[];
  /** Words an earlier version put in the operating system's dictionary, still to be taken out of it. */
  readonly toUnlearn: readonly string[];
}

/** The app's list of added words, in its data folder. */
export class AddedWords {
  constructor(
    private readonly folder: string,
    private readonly platform: NodeJS.Platform,
  ) {}

  private get file(): string {
    return join(this.folder, WORD_LIST_FILE);
  }

  /** The list as stored; a missing or damaged file is an empty list, never a failure. */
  stored(): StoredList {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { words?: unknown; toUnlearn?: unknown };
      const words = (value: unknown) =>
        Array.isArray(value)
          ? value.filter((word): word is string => typeof word === 'string' && isKeepableWord(word))
          : [];
      return { words: [...new Set(words(parsed.words))].sort(), toUnlearn: words(parsed.toUnlearn) };
    } catch {
      return { words: [], toUnlearn: [] };
    }
  }

  /** What settings shows. */
  shown(): SpellingWordList {
    return {
      keptBy: 'the-app',
      words: this.stored().words,
      changesShowAfterRestart: !changesShowAtOnce(this.platform),
    };
  }

  add(word: string): void {
    if (!isKeepableWord(word)) return;
    const { words, toUnlearn } = this.stored();
    this.save({ words: [...new Set([...words, word])].sort(), toUnlearn });
  }

  remove(word: string): void {
    const { words, toUnlearn } = this.stored();
    this.save({ words: words.filter((kept) => kept !== word), toUnlearn });
  }

  /** Once the words an earlier version put in the system's dictionary have been taken out of it. */
  unlearned(): void {
    this.save({ ...this.stored(), toUnlearn: [] });
  }

  /**
   * Before the spellchecker starts: words in Chromium's file that the list has never seen were
   * added by an earlier version, through the system's dictionary too, so they join the list and
   * are marked to be taken out of the system's; then Chromium's file is written afresh from the
   * list, and its backup (a second copy of removed names) deleted.
   */
  prepareChromium(sessionFolder: string): void {
    const chromiumFile = join(sessionFolder, CHROMIUM_DICTIONARY_FILE);
    if (!existsSync(this.file) && existsSync(chromiumFile)) {
      const earlier = chromiumDictionaryWords(readFileSync(chromiumFile, 'utf8'));
      this.save({ words: [...new Set(earlier)].sort(), toUnlearn: changesShowAtOnce(this.platform) ? [] : earlier });
    }
    writeAtomicSync(chromiumFile, chromiumDictionary(this.stored().words));
    rmSync(`${chromiumFile}.backup`, { force: true });
  }

  private save(list: StoredList): void {
    writeAtomicSync(this.file, `${JSON.stringify(list, null, 2)}\n`);
  }
}

/** Chromium's custom dictionary file for these words: a word a line, then the MD5 of those lines. */
export function chromiumDictionary(words: readonly string[]): string {
  const body = [...new Set(words.filter(isKeepableWord))]
    .sort()
    .map((word) => `${word}\n`)
    .join('');
  return `${body}${CHECKSUM_PREFIX}${createHash('md5').update(body, 'utf8').digest('hex')}`;
}

/** The words in a Chromium custom dictionary file. */
export function chromiumDictionaryWords(text: string): string[] {
  const checksumAt = text.lastIndexOf(CHECKSUM_PREFIX);
  return (checksumAt < 0 ? text : text.slice(0, checksumAt))
    .split('\n')
    .map((line) => line.trim())
    .filter(isKeepableWord);
}

/** Small files written whole or not at all, readable by the user only: a temporary file, then a rename. */
function writeAtomicSync(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
