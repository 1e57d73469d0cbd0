import { describe, expect, it } from 'vitest';
import { describeFileError } from './describe-file-error.js';

const systemError = (code: string) => Object.assign(new Error(code), { code });

describe('describeFileError', () => {
  it.each([
    ['ENOSPC', /disk is full/],
    ['EDQUOT', /disk is full/],
    ['EACCES', /can't be written to/],
    ['EROFS', /can't be written to/],
    ['EBUSY', /open in another program/],
    ['EPERM', /open in another program/],
    ['ENOENT', /no longer exists/],
  ])('explains %s in plain words, naming the file', (code, message) => {
    const text = describeFileError(systemError(code), 'Part 1.docx');
    expect(text).toMatch(message);
    expect(text).toContain('“Part 1.docx”');
  });

  it('still names the file for an unknown failure', () => {
    expect(describeFileError(new Error('strange'), 'Part 2.docx')).toContain('“Part 2.docx” was not saved');
  });
});
