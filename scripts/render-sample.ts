/**
 * `npm run render-sample`: exports the invented sample portfolio (Part 1 with pictures, and
 * the whole portfolio) and renders every page to PNG through LibreOffice and pdftoppm, so
 * people can see what a submission looks like. Writes to `test-results/sample/`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSubmissionDocx } from '../src-renderer/core/docx/build-submission.js';
import { assembleSubmission } from '../src-renderer/core/submission/assemble.js';
import { sampleRecords } from '../src-renderer/core/submission/sample-portfolio.test-data.js';

const out = resolve('test-results/sample');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const fixture = (name: string) => new Uint8Array(readFileSync(join('src-renderer/core/pictures/fixtures', name)));
const records = sampleRecords({
  pictures: [
    { name: 'Reading ages.png', mediaType: 'image/png', bytes: fixture('reading-ages.png') },
    { name: 'Classroom display.jpg', mediaType: 'image/jpeg', bytes: fixture('classroom-display.jpg') },
  ],
});
const exports = { 'part-1': ['part-1'], whole: ['part-1', 'part-2'] } as const;
for (const [name, pieceIds] of Object.entries(exports)) {
  const docx = join(out, `${name}.docx`);
  writeFileSync(docx, await buildSubmissionDocx(assembleSubmission(records, pieceIds, '2026-11-23')));
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(out, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      docx,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  execFileSync('pdftoppm', ['-png', '-r', '60', join(out, `${name}.pdf`), join(out, name)]);
}
rmSync(join(out, 'profile'), { recursive: true, force: true });
console.log(`Pages rendered to ${out}`);
