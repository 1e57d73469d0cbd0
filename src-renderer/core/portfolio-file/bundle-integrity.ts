import type { MentorFeedback } from '../mentor/feedback.js';
import type { MentorRecord } from '../mentor/mentor-handbook.js';
import type { PortfolioBundle } from './bundle.js';

/**
 * Records in a file belong to the portfolio they travel with. Every record carries its
 * portfolio's id and the ids of what it hangs on (a section's text its section, a sign-off its
 * outcome); a file made by hand could point them at a different portfolio already on this
 * computer and add sections, evidence or "met" sign-offs to it. So:
 *
 * - every `portfolioId` in a bundle is the bundle's own, and ids are not repeated;
 * - what cannot exist without its owner (a section's text, a commentary, an attachment, a
 *   sign-off) names an owner in the bundle, or the file is refused;
 * - what only points at something (a comment on a section, a mentor's comment on evidence, an
 *   outcome a meeting discussed) and points outside the bundle is left out: the app itself
 *   leaves such pointers behind when a section, evidence or outcome is deleted, and a pointer
 *   left out can reach nothing.
 */

export type BundleCheck =
  { readonly ok: true; readonly bundle: PortfolioBundle } | { readonly ok: false; readonly problem: string };

export function checkBundle(bundle: PortfolioBundle): BundleCheck {
  const portfolioId = bundle.portfolio.id;
  const strangers = [
    ...bundle.sections,
    ...bundle.outcomes,
    ...bundle.evidence,
    ...bundle.attachments,
    ...bundle.pictures,
    ...bundle.studyLog,
    ...bundle.readingLog,
    ...(bundle.mentorHandbook === null ? [] : [bundle.mentorHandbook]),
    ...bundle.mentorRecords,
    ...bundle.signOffs,
    ...bundle.sectionComments,
    ...bundle.earlierVersions,
    ...bundle.earlierVersions.flatMap((version) => (version.kind === 'sign-off' ? [version.signOff] : [])),
    ...bundle.deletions,
    ...bundle.deletions.flatMap((deletion) => (deletion.kind === 'sign-off' ? [deletion.signOff] : [])),
    ...(bundle.portfolio.mentorCopy?.asShared.signOffs ?? []),
  ].filter((record) => record.portfolioId !== portfolioId);
  if (strangers.length > 0) return refuse('it holds records of another portfolio');

  const sections = idsOf(bundle.sections);
  const evidence = idsOf(bundle.evidence);
  const outcomes = idsOf(bundle.outcomes);
  const repeated =
    repeats(bundle.sections.map((section) => section.id)) ||
    repeats(bundle.sectionContents.map((content) => content.sectionId)) ||
    repeats(bundle.outcomes.map((outcome) => outcome.id)) ||
    repeats(bundle.evidence.map((item) => item.id)) ||
    repeats(bundle.evidenceCommentaries.map((commentary) => commentary.evidenceId)) ||
    repeats([...bundle.attachments, ...bundle.pictures].map((file) => file.id)) ||
    repeats(bundle.studyLog.map((entry) => entry.id)) ||
    repeats(bundle.readingLog.map((entry) => entry.id)) ||
    repeats(bundle.mentorRecords.map((record) => record.id)) ||
    repeats(bundle.signOffs.map((signOff) => signOff.id)) ||
    repeats(bundle.signOffs.map((signOff) => signOff.outcomeId)) ||
    repeats(bundle.sectionComments.map((comment) => comment.id)) ||
    repeats(bundle.earlierVersions.map((version) => version.id)) ||
    repeats(bundle.deletions.map((deletion) => deletion.id));
  if (repeated) return refuse('two of its records have the same id');
  if (!bundle.sectionContents.every((content) => sections.has(content.sectionId)))
    return refuse('a section’s text belongs to a section that is not in it');
  if (!bundle.evidenceCommentaries.every((commentary) => evidence.has(commentary.evidenceId)))
    return refuse('a commentary belongs to evidence that is not in it');
  if (!bundle.attachments.every((attachment) => evidence.has(attachment.evidenceId)))
    return refuse('a file is attached to evidence that is not in it');
  if (!bundle.signOffs.every((signOff) => outcomes.has(signOff.outcomeId)))
    return refuse('a sign-off is for an outcome that is not in it');

  const knownOutcomes = (ids: readonly string[]) =>
    ids.every((id) => outcomes.has(id)) ? ids : ids.filter((id) => outcomes.has(id));
  return {
    ok: true,
    bundle: {
      ...bundle,
      evidence: bundle.evidence.map((item) => ({ ...item, outcomeIds: knownOutcomes(item.outcomeIds) })),
      readingLog: bundle.readingLog.map((entry) => ({ ...entry, outcomeIds: knownOutcomes(entry.outcomeIds) })),
      sectionComments: bundle.sectionComments.filter((comment) => sections.has(comment.sectionId)),
      mentorRecords: bundle.mentorRecords
        .filter((record) => record.kind !== 'evidence-comment' || evidence.has(record.evidenceId))
        .map((record): MentorRecord =>
          record.kind === 'meeting' ? { ...record, outcomeIds: knownOutcomes(record.outcomeIds) } : record,
        ),
      earlierVersions: bundle.earlierVersions.filter(
        (version) => version.kind !== 'sign-off' || outcomes.has(version.outcomeId),
      ),
    },
  };
}

/** Why the bundles of one file cannot all come in: the same portfolio twice, or one record in two portfolios. */
export function bundlesProblem(bundles: readonly PortfolioBundle[]): string | undefined {
  if (repeats(bundles.map((bundle) => bundle.portfolio.id))) return describe('it holds the same portfolio twice');
  const everyId = bundles.flatMap((bundle) => [
    ...[
      ...bundle.sections,
      ...bundle.outcomes,
      ...bundle.evidence,
      ...bundle.attachments,
      ...bundle.pictures,
      ...bundle.studyLog,
      ...bundle.readingLog,
    ].map((record) => record.id),
    ...[
      ...bundle.mentorRecords,
      ...bundle.signOffs,
      ...bundle.sectionComments,
      ...bundle.earlierVersions,
      ...bundle.deletions,
    ].map((record) => `#${record.id}`),
  ]);
  return repeats(everyId) ? describe('two of its portfolios share a record') : undefined;
}

/** Why feedback cannot be for the portfolio it names: a record of another portfolio inside it. */
export function feedbackProblem(feedback: MentorFeedback): string | undefined {
  const records = [...feedback.sectionComments, ...feedback.mentorRecords, ...feedback.signOffs];
  if (records.some((record) => record.portfolioId !== feedback.portfolioId))
    return describe('it holds records of another portfolio');
  const repeated =
    repeats(feedback.sectionComments.map((comment) => comment.id)) ||
    repeats(feedback.mentorRecords.map((record) => record.id)) ||
    repeats(feedback.signOffs.map((signOff) => signOff.outcomeId));
  return repeated ? describe('two of its records have the same id') : undefined;
}

function describe(why: string): string {
  return `This file’s records do not belong together (${why}), so nothing was imported. Ask for a new copy of it.`;
}

function refuse(why: string): BundleCheck {
  return { ok: false, problem: describe(why) };
}

function idsOf(records: readonly { readonly id: string }[]): ReadonlySet<string> {
  return new Set(records.map((record) => record.id));
}

function repeats(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length;
}
