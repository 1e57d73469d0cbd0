import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name.js';

describe('exportFileName', () => {
  it('leads with the candidate number, then the module code and the short name of the part', () => {
    expect(exportFileName('12345678', 'SEN7001', 'Part 1 — Portfolio of Evidence')).toBe(
      '12345678 SEN7001 Part 1.docx',
    );
    expect(exportFileName('1234567', '', 'Part 1 — Portfolio of Evidence')).toBe('1234567 Part 1.docx');
  });

  it('removes characters that file systems refuse', () => {
    expect(exportFileName('12/34', '', 'Essay: "inclusion"?')).toBe('12 34 Essay inclusion.docx');
  });

  it('falls back to a plain name when nothing usable is left', () => {
    expect(exportFileName('', '', '***')).toBe('Portfolio.docx');
  });
});
