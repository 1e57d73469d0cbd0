import { CITATION, citationAttributes, FIGURE, figurePictureId, type RichTextNode } from '../document/rich-text.js';
import type { OutcomeSignOff } from '../mentor/mentor-handbook.js';
import type { PortfolioBundle } from './bundle.js';

/**
 * The bundle as a second portfolio beside the one already here ("keep both"): every record
 * gets a new id, and every reference to one (a citation's entries, a figure's picture, an
 * evidence item's outcomes, a comment's evidence) follows it. Its title says it is the copy.
 */
export function copyWithNewIds(bundle: PortfolioBundle, newId: () => string, titleSuffix: string): PortfolioBundle {
  const ids = new Map<string, string>();
  const renew = (id: string) => {
    let renewed = ids.get(id);
    if (renewed === undefined) {
      renewed = newId();
      ids.set(id, renewed);
    }
    return renewed;
  };
  // An id the bundle refers to but does not hold (an outcome since deleted) stays as it is.
  const follow = (id: string) => ids.get(id) ?? id;
  const followAll = (list: readonly string[]) => list.map(follow);

  const portfolioId = renew(bundle.portfolio.id);
  for (const record of [
    ...bundle.sections,
    ...bundle.outcomes,
    ...bundle.evidence,
    ...bundle.attachments,
    ...bundle.pictures,
    ...bundle.studyLog,
    ...bundle.readingLog,
    ...bundle.mentorRecords,
    ...bundle.signOffs,
    ...bundle.sectionComments,
    ...bundle.earlierVersions,
  ])
    renew(record.id);

  const document = (node: RichTextNode): RichTextNode => {
    if (node.type === CITATION)
      return { ...node, attrs: { ...node.attrs, entryIds: followAll(citationAttributes(node).entryIds) } };
    if (node.type === FIGURE)
      return {
        ...node,
        attrs: { ...node.attrs, pictureId: follow(figurePictureId(node)) },
        ...(node.content === undefined ? {} : { content: node.content.map(document) }),
      };
    return node.content === undefined ? node : { ...node, content: node.content.map(document) };
  };

  const signOff = (record: OutcomeSignOff): OutcomeSignOff => ({
    ...record,
    id: follow(record.id),
    portfolioId,
    outcomeId: follow(record.outcomeId),
  });
  const { mentorCopy } = bundle.portfolio;

  return {
    portfolio: {
      ...bundle.portfolio,
      id: portfolioId,
      title: `${bundle.portfolio.title}${titleSuffix}`.slice(0, 200),
      ...(mentorCopy === undefined
        ? {}
        : {
            mentorCopy: {
              ...mentorCopy,
              asShared: { ...mentorCopy.asShared, signOffs: mentorCopy.asShared.signOffs.map(signOff) },
            },
          }),
    },
    sections: bundle.sections.map((section) => ({
      ...section,
      id: follow(section.id),
      portfolioId,
      citedEntryIds: followAll(section.citedEntryIds),
    })),
    sectionContents: bundle.sectionContents.map((content) => ({
      sectionId: follow(content.sectionId),
      document: document(content.document),
    })),
    outcomes: bundle.outcomes.map((outcome) => ({ ...outcome, id: follow(outcome.id), portfolioId })),
    evidence: bundle.evidence.map((item) => ({
      ...item,
      id: follow(item.id),
      portfolioId,
      outcomeIds: followAll(item.outcomeIds),
      citedEntryIds: followAll(item.citedEntryIds),
    })),
    evidenceCommentaries: bundle.evidenceCommentaries.map((commentary) => ({
      evidenceId: follow(commentary.evidenceId),
      document: document(commentary.document),
    })),
    attachments: bundle.attachments.map((attachment) => ({
      ...attachment,
      id: follow(attachment.id),
      portfolioId,
      evidenceId: follow(attachment.evidenceId),
    })),
    pictures: bundle.pictures.map((picture) => ({ ...picture, id: follow(picture.id), portfolioId })),
    studyLog: bundle.studyLog.map((entry) => ({ ...entry, id: follow(entry.id), portfolioId })),
    readingLog: bundle.readingLog.map((entry) => ({
      ...entry,
      id: follow(entry.id),
      portfolioId,
      outcomeIds: followAll(entry.outcomeIds),
    })),
    mentorHandbook: bundle.mentorHandbook === null ? null : { ...bundle.mentorHandbook, portfolioId },
    mentorRecords: bundle.mentorRecords.map((record) => {
      switch (record.kind) {
        case 'meeting':
          return { ...record, id: follow(record.id), portfolioId, outcomeIds: followAll(record.outcomeIds) };
        case 'evidence-comment':
          return { ...record, id: follow(record.id), portfolioId, evidenceId: follow(record.evidenceId) };
        case 'observation':
          return { ...record, id: follow(record.id), portfolioId };
      }
    }),
    signOffs: bundle.signOffs.map(signOff),
    sectionComments: bundle.sectionComments.map((comment) => ({
      ...comment,
      id: follow(comment.id),
      portfolioId,
      sectionId: follow(comment.sectionId),
    })),
    earlierVersions: bundle.earlierVersions.map((version) =>
      version.kind === 'sign-off'
        ? {
            ...version,
            id: follow(version.id),
            portfolioId,
            outcomeId: follow(version.outcomeId),
            signOff: signOff(version.signOff),
          }
        : { ...version, id: follow(version.id), portfolioId },
    ),
    // A note of a deleted comment or record names one that is gone: it gets a new id like everything else.
    deletions: bundle.deletions.map((deletion) =>
      deletion.kind === 'sign-off'
        ? { ...deletion, id: renew(deletion.id), portfolioId, signOff: signOff(deletion.signOff) }
        : { ...deletion, id: renew(deletion.id), portfolioId },
    ),
  };
}
