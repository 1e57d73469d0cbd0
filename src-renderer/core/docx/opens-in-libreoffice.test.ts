import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wordsInPiece } from '../portfolio/portfolio.js';
import { assembleSubmission } from '../submission/assemble.js';
import { sampleRecords } from '../submission/sample-portfolio.test-data.js';
import { buildSubmissionDocx } from './build-submission.js';

// A .docx that only our own tests can read proves little: a real word processor must open it.
// .ci/run installs LibreOffice and poppler and sets REQUIRE_LIBREOFFICE, so there this never skips.
const has = (command: string, flag: string) => spawnSync(command, [flag], { stdio: 'ignore' }).status === 0;
const available = has('soffice', '--version') && has('pdftotext', '-v') && has('pdfimages', '-v');
const required = process.env['REQUIRE_LIBREOFFICE'] === '1';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../pictures/fixtures/${name}`, import.meta.url)));
const PICTURES = [
  { name: 'Reading ages.png', mediaType: 'image/png', bytes: fixture('reading-ages.png') },
  { name: 'Classroom display.jpg', mediaType: 'image/jpeg', bytes: fixture('classroom-display.jpg') },
];

describe.skipIf(!available && !required)(
  'exports in LibreOffice (skipped: soffice, pdftotext or pdfimages not installed)',
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'nasenco-docx-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    /** Converts to PDF as LibreOffice opens it, and reads back the text, the page count and the pictures. */
    function render(name: string, bytes: Uint8Array) {
      const docx = join(folder, `${name}.docx`);
      writeFileSync(docx, bytes);
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${join(folder, 'profile')}`,
          '--convert-to',
          'pdf',
          '--outdir',
          folder,
          docx,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pdf = join(folder, `${name}.pdf`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((page) => page.trim() !== '');
      const pictures = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2)
        .filter((line) => /^\s*\d+\s+\d+\s+image\s/u.test(line));
      return { text, pages, pictures };
    }

    it('opens Part 1 with its cover, contents, evidence pictures, references and lettered appendices', async () => {
      const records = sampleRecords({ pictures: PICTURES });
      const submission = assembleSubmission(records, ['part-1'], '2026-11-23');
      const { text, pages, pictures } = render('part-1', await buildSubmissionDocx(submission));
      const words = wordsInPiece(records.portfolio.pieces[0]!, records.sections, records.evidence).toLocaleString(
        'en-GB',
      );

      expect(pages.length, text).toBeGreaterThanOrEqual(5);
      expect(pages.length).toBeLessThan(30);
      // The cover: programme, module, candidate number, the engine's count, the declaration; no name, no footer.
      expect(pages[0]).toMatch(/Part 1 — Portfolio of Evidence/);
      expect(pages[0]).toMatch(/SEN7001 Leading SEN provision/);
      expect(pages[0]).toMatch(/Candidate number\s+7654321/);
      expect(pages[0]).toMatch(new RegExp(`Word count\\s+${words} words`));
      expect(pages[0]).toMatch(/Declaration/);
      expect(pages[0]).not.toMatch(/Ada Example|Page 1 of/);
      // The contents, filled in from the headings.
      expect(pages[1]).toMatch(/Contents\s+Reflective commentary\s+Reflection 2\s+Critical reflections on practice/);
      expect(pages[1]).toMatch(/Appendix C: Learning outcomes coverage/);
      // Every page after the cover has the running header and "Page N of M".
      pages.slice(1).forEach((page, index) => {
        expect(page).toContain('Candidate 7654321 · SEN7001 · Part 1');
        expect(page).toContain(`Page ${index + 2} of ${pages.length}`);
      });
      const body = pages.slice(2).join('\n');
      const order = [
        'Reflective commentary',
        'Critical reflections on practice',
        'Reading age in September',
        'Figure 1: Reading ages of the group, September to December',
        'Evidence 1: Provision map review',
        'Figure 2: Provision map review',
        'Figure 3: Classroom display for Year 3',
        'References',
        'Appendix A: Reflective reading log',
        'Appendix B: Mentor handbook',
        'Appendix C: Learning outcomes coverage',
      ];
      const positions = order.map((fragment) => body.indexOf(fragment));
      expect(
        positions.every((position) => position >= 0),
        `missing from the rendered PDF:\n${body}`,
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(body).toMatch(/Also kept with this evidence, not in this document: a file\./);
      expect(body).toMatch(/Ainscow, A\. \(2020\) Promoting equity in schools\. London: Press\./);
      // Tables: the candidate's own, the reading log, the mentor's meetings and sign-offs, the coverage matrix.
      expect(body).toMatch(/Pupil A\s+7y 2m\s+7y 9m/);
      expect(body).toMatch(/Date read\s+Source/);
      expect(body).toMatch(/Agreeing the enquiry/);
      expect(body).toMatch(/Not yet met/);
      expect(body).toMatch(/Evidence 1: Provision map review/);
      expect(body).not.toMatch(/j\.mentor@example\.org|Examplefield Primary/);
      // The figure in the text and the evidence's two pictures.
      expect(pictures).toHaveLength(3);
    });

    it('opens the whole portfolio, each part under its own title', async () => {
      const records = sampleRecords();
      const { pages } = render(
        'whole',
        await buildSubmissionDocx(assembleSubmission(records, ['part-1', 'part-2'], '2026-11-23')),
      );
      expect(pages[0]).toMatch(/Word count, Part 1\s+[\d,]+ words/);
      expect(pages[0]).toMatch(/Word count, Part 2\s+[\d,]+ words/);
      expect(pages[1]).toMatch(/Part 1 — Portfolio of Evidence\s+Reflective commentary/);
      expect(pages.slice(1, 3).join('\n')).toMatch(/Part 2 — Reflective Practitioner Enquiry\s+Abstract/);
      const part2 = pages.findIndex(
        (page, index) => index > 1 && /^\s*Part 2 — Reflective Practitioner Enquiry/mu.test(page),
      );
      expect(part2).toBeGreaterThan(2);
      expect(pages.slice(part2).join('\n')).toMatch(/Literature review/);
    });
  },
);
