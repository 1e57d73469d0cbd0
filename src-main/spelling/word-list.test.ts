import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AddedWords,
  CHROMIUM_DICTIONARY_FILE,
  chromiumDictionary,
  chromiumDictionaryWords,
  WORD_LIST_FILE,
} from './word-list.js';

const folder = () => mkdtempSync(join(tmpdir(), 'nasenco-spelling-'));

describe('words added to the spelling dictionary stay in the app', () => {
  it('are kept in the app’s own list, shown, and taken out again', () => {
    const data = folder();
    const list = new AddedWords(data, 'win32');
    list.add('Oliwia');
    list.add('Kacper');
    list.add('Oliwia');
    list.add('two words');
    expect(list.shown()).toEqual({ keptBy: 'the-app', words: ['Kacper', 'Oliwia'], changesShowAfterRestart: true });
    list.remove('Kacper');
    expect(new AddedWords(data, 'win32').shown()).toMatchObject({ words: ['Oliwia'] });
    expect(new AddedWords(data, 'linux').shown()).toMatchObject({ changesShowAfterRestart: false });
    // Readable by the user alone.
    if (process.platform !== 'win32') expect(statSync(join(data, WORD_LIST_FILE)).mode & 0o077).toBe(0);
  });

  it('are handed to the spellchecker as Chromium’s own custom dictionary, in its format, and its backup of removed names is deleted', () => {
    const data = folder();
    const list = new AddedWords(data, 'darwin');
    list.add('Zainab');
    list.add('Oisín');
    writeFileSync(join(data, `${CHROMIUM_DICTIONARY_FILE}.backup`), 'Jayden\n');
    list.prepareChromium(data);
    const written = readFileSync(join(data, CHROMIUM_DICTIONARY_FILE), 'utf8');
    const body = 'Oisín\nZainab\n';
    // As spellcheck_custom_dictionary.cc writes it: sorted words, a line each, then "checksum_v1 = " and the MD5 of those lines.
    expect(written).toBe(`${body}checksum_v1 = ${createHash('md5').update(body, 'utf8').digest('hex')}`);
    expect(existsSync(join(data, `${CHROMIUM_DICTIONARY_FILE}.backup`))).toBe(false);
    expect(chromiumDictionaryWords(written)).toEqual(['Oisín', 'Zainab']);
  });

  it('takes in the words an earlier version added through the system’s dictionary, and marks them to be taken out of it (Windows, macOS)', () => {
    const data = folder();
    writeFileSync(join(data, CHROMIUM_DICTIONARY_FILE), chromiumDictionary(['Jayden', 'Tyrell']));
    const list = new AddedWords(data, 'win32');
    list.prepareChromium(data);
    expect(list.stored()).toEqual({ words: ['Jayden', 'Tyrell'], toUnlearn: ['Jayden', 'Tyrell'] });
    list.unlearned();
    list.prepareChromium(data);
    expect(list.stored()).toEqual({ words: ['Jayden', 'Tyrell'], toUnlearn: [] });
    expect(new AddedWords(folder(), 'linux').stored()).toEqual({ words: [], toUnlearn: [] });
  });

  it('reads a damaged list as empty rather than fail the start', () => {
    const data = folder();
    writeFileSync(join(data, WORD_LIST_FILE), '{"words": [3, "ok", "not one"');
    expect(new AddedWords(data, 'linux').stored()).toEqual({ words: [], toUnlearn: [] });
    writeFileSync(
      join(data, WORD_LIST_FILE),
      '{"words": [3, "ok", "not one", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]}',
    );
    expect(new AddedWords(data, 'linux').stored().words).toEqual(['ok']);
  });
});
