import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSubmissionDocx } from '../src-renderer/core/docx/build-submission.js';
import { inlineText, textBlocks } from '../src-renderer/core/document/rich-text.js';
import { allWords } from '../src-renderer/core/counting/word-tally.js';
import { assembleSubmission } from '../src-renderer/core/submission/assemble.js';
import { sampleRecords } from '../src-renderer/core/submission/sample-portfolio.test-data.js';
import type { Submission } from '../src-renderer/core/submission/submission.js';

/**
 * Exporting a 20,000-word portfolio with 20 pictures, against pandoc (the named baseline)
 * converting the same text and pictures from Markdown to .docx, in the same run. Prints
 * medians and the ratio; asserts nothing about time (docs/performance.md).
 */
const RUNS = 5;
const fixture = (name: string) => new Uint8Array(readFileSync(join('src-renderer/core/pictures/fixtures', name)));
const chart = { name: 'Reading ages.png', mediaType: 'image/png', bytes: fixture('reading-ages.png') };
const photo = { name: 'Classroom display.jpg', mediaType: 'image/jpeg', bytes: fixture('classroom-display.jpg') };
const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
}

/** The same content as Markdown: headings, paragraphs, the pictures by file, the references. */
function asMarkdown(submission: Submission, folder: string): string {
  const lines: string[] = [
    `# ${submission.cover.heading}`,
    ...submission.cover.details.map((detail) => `**${detail.label}:** ${detail.value}  `),
    '',
  ];
  let picture = 0;
  for (const piece of submission.pieces) {
    lines.push(`# ${piece.title}`, '');
    for (const section of piece.sections) {
      lines.push(`## ${section.title}`, '');
      for (const block of textBlocks(section.document)) lines.push(inlineText(block, true), '');
    }
    piece.evidence.forEach((item, index) => {
      lines.push(`### Evidence ${index + 1}: ${item.title}`, '', `*${item.summary}*`, '');
      for (const attached of item.pictures) {
        const file = join(folder, `picture-${++picture}${attached.name.endsWith('.png') ? '.png' : '.jpg'}`);
        writeFileSync(file, attached.bytes);
        lines.push(`![${attached.name}](${file})`, '');
      }
      for (const block of textBlocks(item.commentary)) lines.push(inlineText(block, true), '');
    });
    lines.push(
      '## References',
      '',
      ...piece.references.map(
        (reference) => `${reference.map((run) => (run.italic === true ? `*${run.text}*` : run.text)).join('')}\n`,
      ),
    );
  }
  return lines.join('\n');
}

describe.skipIf(!hasPandoc)('export against pandoc (skipped: pandoc not installed)', () => {
  it('20,000 words and 20 pictures', async () => {
    const records = sampleRecords({
      wordsPerPart: 10_000,
      evidenceItems: 20,
      pictures: Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? chart : photo)),
    });
    const words = records.sections.reduce((sum, section) => sum + allWords(section.words), 0);
    const submission = assembleSubmission(records, ['part-1', 'part-2'], '2026-11-23');
    const folder = mkdtempSync(join(tmpdir(), 'nasenco-bench-'));
    try {
      const markdown = join(folder, 'portfolio.md');
      writeFileSync(markdown, asMarkdown(submission, folder));
      const ours: number[] = [];
      const pandoc: number[] = [];
      let size = 0;
      for (let run = 0; run < RUNS; run++) {
        let start = performance.now();
        size = (await buildSubmissionDocx(submission)).length;
        ours.push(performance.now() - start);
        start = performance.now();
        const converted = spawnSync('pandoc', [
          '-f',
          'markdown',
          '-t',
          'docx',
          '-o',
          join(folder, 'pandoc.docx'),
          markdown,
        ]);
        pandoc.push(performance.now() - start);
        expect(converted.status).toBe(0);
      }
      console.log(
        `\nExport of ${words.toLocaleString('en-GB')} words and 20 pictures (median of ${RUNS}):\n` +
          `  app (cover, contents, tables, pictures)                    ${median(ours).toFixed(0)} ms, ${(size / 1024).toFixed(0)} KB\n` +
          `  pandoc, Markdown to .docx (baseline)                         ${median(pandoc).toFixed(0)} ms\n` +
          `  ratio: ${(median(ours) / median(pandoc)).toFixed(2)}× pandoc's time\n`,
      );
      expect(size).toBeGreaterThan(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
