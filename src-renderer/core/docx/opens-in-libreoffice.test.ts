import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPieceDocx } from './build-piece-document.js';
import { SAMPLE_PIECE } from './sample-piece.test-data.js';

// A .docx that only our own tests can read proves little: a real word processor must open it.
// .ci/run installs LibreOffice and sets REQUIRE_LIBREOFFICE, so there this test never skips.
const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const required = process.env['REQUIRE_LIBREOFFICE'] === '1';
const hasPdfToText = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!(hasLibreOffice && hasPdfToText) && !required)('an exported part in LibreOffice (skipped: soffice or pdftotext not installed)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'nasenco-docx-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('opens, lays out and shows the text under its headings', async () => {
    const docxPath = join(folder, 'part.docx');
    writeFileSync(docxPath, await buildPieceDocx(SAMPLE_PIECE));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, '--convert-to', 'pdf', '--outdir', folder, docxPath], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    execFileSync('pdftotext', ['-layout', join(folder, 'part.pdf'), join(folder, 'part.txt')]);
    const text = readFileSync(join(folder, 'part.txt'), 'utf8');
    const order = ['Part 1 — Portfolio of Evidence', 'Reflective commentary', 'Leading provision', 'The graduated approach matters', 'High quality teaching comes first.', 'Second section', 'Review'];
    const positions = order.map((fragment) => text.indexOf(fragment));
    expect(positions.every((position) => position >= 0), `missing from the rendered PDF:\n${text}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/1\.\s+Assess/);
    expect(text).toMatch(/2\.\s+Plan/);
    expect(text).toMatch(/1\.\s+Review/);
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Candidate 7654321');
  });
});
