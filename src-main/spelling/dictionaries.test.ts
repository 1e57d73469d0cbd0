import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installSpellingDictionaries } from './dictionaries.js';

let work: string;
let packaged: string;
let userDictionaries: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'nasenco-dictionaries-'));
  packaged = join(work, 'resources', 'dictionaries');
  userDictionaries = join(work, 'userData', 'Dictionaries');
  mkdirSync(packaged, { recursive: true });
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('installing the packaged spelling dictionary', () => {
  it('copies it where the spellchecker looks, so it is never downloaded', async () => {
    writeFileSync(join(packaged, 'en-GB-10-1.bdic'), 'BDic british words');
    writeFileSync(join(packaged, 'LICENSE'), 'not a dictionary');
    expect(await installSpellingDictionaries(packaged, userDictionaries)).toEqual({
      kind: 'installed',
      files: ['en-GB-10-1.bdic'],
    });
    expect(readdirSync(userDictionaries)).toEqual(['en-GB-10-1.bdic']);
    expect(readFileSync(join(userDictionaries, 'en-GB-10-1.bdic'), 'utf8')).toBe('BDic british words');
  });

  it('leaves an identical copy alone and replaces one that differs, such as a half-written one', async () => {
    writeFileSync(join(packaged, 'en-GB-10-1.bdic'), 'BDic british words');
    await installSpellingDictionaries(packaged, userDictionaries);
    const first = statSync(join(userDictionaries, 'en-GB-10-1.bdic')).mtimeMs;
    expect(await installSpellingDictionaries(packaged, userDictionaries)).toEqual({ kind: 'installed', files: [] });
    expect(statSync(join(userDictionaries, 'en-GB-10-1.bdic')).mtimeMs).toBe(first);

    writeFileSync(join(userDictionaries, 'en-GB-10-1.bdic'), 'BDic brit');
    expect(await installSpellingDictionaries(packaged, userDictionaries)).toEqual({
      kind: 'installed',
      files: ['en-GB-10-1.bdic'],
    });
    expect(readFileSync(join(userDictionaries, 'en-GB-10-1.bdic'), 'utf8')).toBe('BDic british words');
    writeFileSync(join(userDictionaries, 'en-GB-10-1.bdic'), 'BDic brutish words');
    expect(await installSpellingDictionaries(packaged, userDictionaries)).toEqual({
      kind: 'installed',
      files: ['en-GB-10-1.bdic'],
    });
  });

  it('says when the app was built without one (a development run)', async () => {
    expect(await installSpellingDictionaries(join(work, 'nowhere'), userDictionaries)).toEqual({
      kind: 'none-packaged',
    });
    expect(await installSpellingDictionaries(packaged, userDictionaries)).toEqual({ kind: 'none-packaged' });
  });

  it('reports, without throwing, a place it cannot write to', async () => {
    writeFileSync(join(packaged, 'en-GB-10-1.bdic'), 'BDic british words');
    // userData is a file, so its Dictionaries folder cannot be made (as root too, unlike a permission).
    writeFileSync(join(work, 'userData'), 'in the way');
    const result = await installSpellingDictionaries(packaged, userDictionaries);
    expect(result.kind).toBe('failed');
    expect(result.kind === 'failed' && result.reason).toMatch(/EEXIST|ENOTDIR/u);
  });
});
