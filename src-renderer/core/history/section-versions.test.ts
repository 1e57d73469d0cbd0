import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../document/rich-text.js';
import {
  changesSince,
  checkVersionName,
  describeVersion,
  formatVersionTime,
  isWhileWritingVersionDue,
  sameDocument,
  versionsToThinOut,
  versionText,
  WHILE_WRITING_EVERY_MS,
  type SectionVersion,
} from './section-versions.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = new Date(2026, 10, 24, 15, 0).getTime();

const doc = (...paragraphs: string[]): RichTextNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const version = (
  id: string,
  createdAt: number,
  reason: SectionVersion['reason'] = 'while-writing',
): SectionVersion => ({
  id,
  portfolioId: 'p',
  sectionId: 's',
  reason,
  name: reason === 'named' ? id : '',
  document: doc(id),
  words: 1,
  createdAt,
});

describe('keeping versions while writing', () => {
  it('keeps one at the first save, then at most one every five minutes', () => {
    expect(isWhileWritingVersionDue(undefined, NOW)).toBe(true);
    expect(isWhileWritingVersionDue(version('a', NOW - WHILE_WRITING_EVERY_MS + 1), NOW)).toBe(false);
    expect(isWhileWritingVersionDue(version('a', NOW - WHILE_WRITING_EVERY_MS), NOW)).toBe(true);
  });

  it('knows the same text when it sees it', () => {
    expect(sameDocument(doc('Reading ages rose.'), doc('Reading ages rose.'))).toBe(true);
    expect(sameDocument(doc('Reading ages rose.'), doc('Reading ages rose!'))).toBe(false);
  });
});

describe('thinning old versions', () => {
  it('keeps everything from the last day, one a day for a month, then one a week; named and safety versions always', () => {
    const versions = [
      version('now', NOW - 1 * MINUTE),
      version('earlier today', NOW - 5 * HOUR),
      version('nearly a day', NOW - 23 * HOUR),
      // Three days ago: three versions, the newest kept.
      version('3 days, evening', NOW - 3 * DAY + 2 * HOUR),
      version('3 days, noon', NOW - 3 * DAY - 3 * HOUR),
      version('3 days, morning', NOW - 3 * DAY - 5 * HOUR),
      version('3 days, named', NOW - 3 * DAY - 4 * HOUR, 'named'),
      // Forty days ago, twice in the same week: one kept.
      version('40 days', NOW - 40 * DAY),
      version('41 days', NOW - 41 * DAY),
      version('60 days, named', NOW - 60 * DAY, 'named'),
      // Kept before something the writer did: never thinned, however old.
      version('3 days, before going back', NOW - 3 * DAY - 6 * HOUR, 'before-going-back'),
      version('90 days, before a restore', NOW - 90 * DAY, 'before-restore'),
      version('91 days, before a restore', NOW - 91 * DAY, 'before-restore'),
    ];
    expect(versionsToThinOut(versions, NOW).sort()).toEqual(['3 days, morning', '3 days, noon', '41 days']);
  });

  it('stays bounded: a year of writing every five minutes keeps a few hundred versions, not a hundred thousand', () => {
    const versions = Array.from({ length: (365 * DAY) / WHILE_WRITING_EVERY_MS }, (_, index) =>
      version(String(index), NOW - index * WHILE_WRITING_EVERY_MS),
    );
    const kept = versions.length - versionsToThinOut(versions, NOW).length;
    // A day's worth at five minutes (288), 29 more days, and about 48 weeks.
    expect(kept).toBeGreaterThan(288);
    expect(kept).toBeLessThan(288 + 30 + 53);
  });
});

describe('describing and naming versions', () => {
  it('says why each was kept', () => {
    expect(describeVersion({ reason: 'named', name: 'Sent to my mentor' })).toBe('“Sent to my mentor”');
    expect(describeVersion({ reason: 'while-writing', name: '' })).toBe('Kept while writing');
    expect(describeVersion({ reason: 'before-restore', name: '' })).toBe('Before a backup was restored');
    expect(describeVersion({ reason: 'before-feedback', name: '' })).toBe('Before feedback was brought in');
    expect(describeVersion({ reason: 'before-going-back', name: '' })).toBe('Before going back to an earlier version');
  });

  it('says when each was kept, to the minute', () => {
    expect(formatVersionTime(new Date(2026, 10, 24, 14, 5).getTime())).toBe('Tue, 24 Nov 2026, 14:05');
  });

  it('takes a name as typed, tidied, and refuses an empty or overlong one in words', () => {
    expect(checkVersionName('  Draft   sent to my mentor ')).toEqual({ ok: true, name: 'Draft sent to my mentor' });
    expect(checkVersionName('   ')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('Give the version a name') as unknown,
    });
    expect(checkVersionName('x'.repeat(81))).toMatchObject({ ok: false });
  });
});

describe('comparing a version with the text now', () => {
  it('reads each block on a line of its own, citations included', () => {
    const withCitation: RichTextNode = {
      type: 'doc',
      content: [
        { type: 'heading', content: [{ type: 'text', text: 'Findings' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Reading rose ' },
            { type: 'citation', attrs: { text: '(Ainscow, 2020)' } },
          ],
        },
      ],
    };
    expect(versionText(withCitation)).toBe('Findings\nReading rose (Ainscow, 2020)');
  });

  it('shows the words added and removed since', () => {
    expect(
      changesSince(
        doc('Reading ages rose for most pupils.'),
        doc('Reading ages rose for all pupils.', 'A new paragraph.'),
      ),
    ).toEqual([
      { kind: 'same', text: 'Reading ages rose for ' },
      { kind: 'removed', text: 'most' },
      { kind: 'added', text: 'all' },
      { kind: 'same', text: ' pupils.' },
      { kind: 'added', text: '\nA new paragraph.' },
    ]);
  });
});
