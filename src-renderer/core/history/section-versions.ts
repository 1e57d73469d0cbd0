import { diffWordsWithSpace } from 'diff';
import { blockTexts, type RichTextNode } from '../document/rich-text.js';

/**
 * Earlier versions of a section's text, kept on this computer so that no writing is ever
 * lost to a slip, a restore or a merge: taken while writing (at most one every few minutes),
 * before a backup is restored over the portfolio, before feedback is brought in, before a
 * pseudonym is put in place of a name, before going
 * back to an earlier version, and when the writer asks, with a name of their choosing.
 * docs/version-history.md has the policy.
 */

export type VersionReason =
  'while-writing' | 'named' | 'before-restore' | 'before-feedback' | 'before-pseudonym' | 'before-going-back';

export interface SectionVersion {
  readonly id: string;
  readonly portfolioId: string;
  readonly sectionId: string;
  readonly reason: VersionReason;
  /** The writer's name for it; '' unless `reason` is 'named'. */
  readonly name: string;
  readonly document: RichTextNode;
  readonly words: number;
  readonly createdAt: number;
}

/** While writing, a version is kept at most this often. */
export const WHILE_WRITING_EVERY_MS = 5 * 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Kept one a day up to this age, then one a week. */
const DAILY_FOR_DAYS = 30;
export const MAX_VERSION_NAME_LENGTH = 80;

/** Whether a save made now should also keep a version, given the newest one kept. */
export function isWhileWritingVersionDue(newest: SectionVersion | undefined, now: number): boolean {
  return newest === undefined || now - newest.createdAt >= WHILE_WRITING_EVERY_MS;
}

/** Whether two documents hold the same text and layout: a version identical to the newest is not kept twice. */
export function sameDocument(a: RichTextNode, b: RichTextNode): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The versions to let go, so that storage stays bounded: of those kept while writing, every
 * one from the last 24 hours is kept, then the newest of each day for 30 days, then the newest
 * of each week. All others (named, or kept before a restore, feedback, a pseudonym or going
 * back) are always kept: each comes from something the writer did, so they stay few.
 */
export function versionsToThinOut(versions: readonly SectionVersion[], now: number): string[] {
  const keptForPeriod = new Map<string, SectionVersion>();
  const thinned: string[] = [];
  for (const version of [...versions].sort((a, b) => b.createdAt - a.createdAt)) {
    const age = now - version.createdAt;
    // Only versions kept while writing thin out: one named, or kept before a restore, feedback, a
    // pseudonym or going back, holds text the writer may need to find again however old it is.
    if (version.reason !== 'while-writing' || age < DAY_MS) continue;
    const period =
      age < DAILY_FOR_DAYS * DAY_MS ? `day ${localDay(version.createdAt)}` : `week ${weekOf(version.createdAt)}`;
    if (keptForPeriod.has(period)) thinned.push(version.id);
    else keptForPeriod.set(period, version);
  }
  return thinned;
}

/** The calendar week (from Monday), so a version's week does not move as time passes. */
function weekOf(time: number): string {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return localDay(date.getTime());
}

function localDay(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

const MOMENT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** When a version was kept, to the minute: "Tue, 24 Nov 2026, 14:05". */
export function formatVersionTime(time: number): string {
  return MOMENT.format(new Date(time));
}

/** A version's reason, as the history lists it. */
export function describeVersion(version: Pick<SectionVersion, 'reason' | 'name'>): string {
  switch (version.reason) {
    case 'named':
      return `“${version.name}”`;
    case 'while-writing':
      return 'Kept while writing';
    case 'before-restore':
      return 'Before a backup was restored';
    case 'before-feedback':
      return 'Before feedback was brought in';
    case 'before-pseudonym':
      return 'Before a pseudonym was put in';
    case 'before-going-back':
      return 'Before going back to an earlier version';
  }
}

/** A name for a version, checked: what the writer typed, trimmed, or why it cannot be used. */
export function checkVersionName(
  typed: string,
): { readonly ok: true; readonly name: string } | { readonly ok: false; readonly problem: string } {
  const name = typed.trim().replace(/\s+/gu, ' ');
  if (name === '') return { ok: false, problem: 'Give the version a name, such as “Draft sent to my mentor”.' };
  if (name.length > MAX_VERSION_NAME_LENGTH)
    return { ok: false, problem: `Keep the name to ${MAX_VERSION_NAME_LENGTH} characters or fewer.` };
  return { ok: true, name };
}

/** The text of a document as the history compares it: each paragraph, heading or caption on a line of its own. */
export function versionText(document: RichTextNode): string {
  return blockTexts(document, true).join('\n');
}

export interface TextChange {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** What changed, word by word, from an earlier version's text to the current one. */
export function changesSince(earlier: RichTextNode, current: RichTextNode): TextChange[] {
  return diffWordsWithSpace(versionText(earlier), versionText(current)).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
