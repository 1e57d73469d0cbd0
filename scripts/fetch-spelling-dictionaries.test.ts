import { zipSync } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionariesInZip, electronDictionariesUrl, writeDictionaries } from './fetch-spelling-dictionaries.js';

const bdic = (words: string) => new TextEncoder().encode(`BDic${words}`);

describe('the spelling dictionary for the installers', () => {
  it('takes only British English from Electron’s dictionaries zip', () => {
    const zip = zipSync({
      'en-GB-10-1.bdic': bdic('colour'),
      'en-US-10-1.bdic': bdic('color'),
      'fr-FR-3-0.bdic': bdic('couleur'),
      'README.md': new TextEncoder().encode('read me'),
    });
    const found = dictionariesInZip(zip);
    expect([...found.keys()]).toEqual(['en-GB-10-1.bdic']);
    expect(new TextDecoder().decode(found.get('en-GB-10-1.bdic'))).toBe('BDiccolour');
  });

  it('finds it inside a folder of the zip too', () => {
    expect([
      ...dictionariesInZip(zipSync({ hunspell_dictionaries: { 'en-GB-10-1.bdic': bdic('colour') } })).keys(),
    ]).toEqual(['en-GB-10-1.bdic']);
  });

  it('stops the build, in words, when the zip is unreadable, lacks British English or holds something else under its name', () => {
    expect(() => dictionariesInZip(new TextEncoder().encode('<html>Not Found</html>'))).toThrow(
      'The spelling dictionaries file is not a readable zip',
    );
    expect(() => dictionariesInZip(zipSync({ 'en-US-10-1.bdic': bdic('color') }))).toThrow(
      'The spelling dictionaries file has no dictionary for en-GB.',
    );
    expect(() => dictionariesInZip(zipSync({ 'en-GB-10-1.bdic': new TextEncoder().encode('<html>') }))).toThrow(
      'en-GB-10-1.bdic in the spelling dictionaries file is not a Hunspell binary dictionary.',
    );
  });

  it('is fetched from the release of the Electron the app is built with', () => {
    expect(electronDictionariesUrl('45.1.0')).toBe(
      'https://github.com/electron/electron/releases/download/v45.1.0/hunspell_dictionaries.zip',
    );
  });

  it('replaces what an earlier build left in the folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'nasenco-dictionaries-'));
    try {
      writeFileSync(join(folder, 'en-GB-9-0.bdic'), 'old');
      writeDictionaries(dictionariesInZip(zipSync({ 'en-GB-10-1.bdic': bdic('colour') })), folder);
      expect(readdirSync(folder)).toEqual(['en-GB-10-1.bdic']);
      expect(readFileSync(join(folder, 'en-GB-10-1.bdic'), 'utf8')).toBe('BDiccolour');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
