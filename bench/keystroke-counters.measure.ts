// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { CharacterCount } from '@tiptap/extensions';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { afterAll, describe, it } from 'vitest';
import { countedWords } from '../src-renderer/core/counting/word-tally.js';
import type { RichTextNode } from '../src-renderer/core/document/rich-text.js';
import { USUAL_COUNTING } from '../src-renderer/core/programme/programme.js';
import { EDITOR_EXTENSIONS } from '../src-renderer/editor/extensions.js';
import { liveWordTally } from '../src-renderer/editor/live-word-count.js';

/**
 * What updating the counters costs per keystroke, against tiptap's CharacterCount
 * `words()` (the named baseline) on the same documents, in the same run. Prints median and
 * p95; asserts nothing about time (see docs/performance.md).
 */
const SENTENCE =
  'The SENCO met the class teacher and the family to review the plan, and/or agree next steps (Ainscow, 2020). ';
const KEYSTROKES = 400;
const results: string[] = [];

function documentOf(words: number): RichTextNode {
  const perParagraph = SENTENCE.trim().split(/\s+/).length * 4;
  const paragraphs: RichTextNode[] = [];
  for (let written = 0; written < words; written += perParagraph) {
    paragraphs.push(
      written % (perParagraph * 12) === 0
        ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A heading' }] }
        : { type: 'paragraph', content: [{ type: 'text', text: SENTENCE.repeat(4).trim() }] },
    );
  }
  return {
    type: 'doc',
    content: [
      ...paragraphs,
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A quotation' }] }] },
    ],
  };
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function time(work: (doc: ProseMirrorNode) => unknown, editor: Editor): number[] {
  const samples: number[] = [];
  for (let key = 0; key < KEYSTROKES; key++) {
    // Type into a paragraph a third of the way down, as a writer mid-document would.
    const position = Math.floor(editor.state.doc.content.size / 3);
    editor.view.dispatch(editor.state.tr.insertText(key % 6 === 0 ? ' ' : 'a', position));
    const start = performance.now();
    work(editor.state.doc);
    samples.push(performance.now() - start);
  }
  return samples;
}

describe('per-keystroke cost of the counters', () => {
  afterAll(() => {
    console.log(`\nPer keystroke, ${KEYSTROKES} keystrokes each (ms):\n${results.join('\n')}\n`);
  });

  for (const words of [5_000, 20_000, 50_000, 500_000]) {
    it(`${words.toLocaleString('en-GB')} words`, () => {
      const editor = new Editor({
        element: document.createElement('div'),
        extensions: [...EDITOR_EXTENSIONS, CharacterCount],
        content: documentOf(words) as unknown as Record<string, unknown>,
      });
      const ours = time((doc) => countedWords(liveWordTally(doc), USUAL_COUNTING), editor);
      const baseline =
        words <= 50_000
          ? time(
              () => (editor.storage as unknown as { characterCount: { words: () => number } }).characterCount.words(),
              editor,
            )
          : [];
      const line = [
        `${words.toLocaleString('en-GB').padStart(8)} words`,
        `live tally with rules: median ${percentile(ours, 50).toFixed(4)}, p95 ${percentile(ours, 95).toFixed(4)}`,
        baseline.length === 0
          ? 'CharacterCount words(): not measured (too slow to repeat here)'
          : `CharacterCount words() (baseline): median ${percentile(baseline, 50).toFixed(3)}, p95 ${percentile(baseline, 95).toFixed(3)}; ratio at p95 ${(percentile(baseline, 95) / Math.max(percentile(ours, 95), 1e-4)).toFixed(0)}×`,
      ].join(' · ');
      results.push(line);
      editor.destroy();
    }, 120_000);
  }
});
