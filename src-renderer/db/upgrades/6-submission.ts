import type { Transaction } from 'dexie';
import { hasText, isRichTextNode } from '../../core/document/rich-text.js';
import { holdsEvidence, type PieceKind } from '../../core/programme/programme.js';
import {
  GENERATED_APPENDICES,
  USUAL_SUBMISSION,
  type GeneratedAppendix,
} from '../../core/programme/submission-settings.js';

/** The placeholder sections the first template gave Part 1 for what the app now writes itself. */
const PLACEHOLDER_APPENDICES = ['Appendix A: Reflective reading log', 'Appendix B: Mentor handbook'];

/**
 * Submission settings: each portfolio gets the usual cover and layout, each piece an empty
 * module code and title, and pieces that hold evidence get the appendices the app writes.
 * Part 1's empty placeholder appendix sections go, since the app now writes those
 * appendices; a placeholder the candidate wrote in stays, word for word.
 */
export async function upgradeToSubmission(transaction: Transaction): Promise<void> {
  const twoPartsPortfolios = new Set<string>();
  await transaction
    .table('portfolios')
    .toCollection()
    .modify((portfolio: Record<string, unknown>) => {
      const programme = portfolio['programme'] as Record<string, unknown>;
      const twoParts = programme['templateId'] === 'two-parts';
      if (twoParts) twoPartsPortfolios.add(String(portfolio['id']));
      programme['submission'] ??= USUAL_SUBMISSION;
      for (const piece of portfolio['pieces'] as Record<string, unknown>[]) {
        piece['moduleCode'] ??= '';
        piece['moduleTitle'] ??= '';
        piece['appendices'] ??= appendicesFor(piece['kind'] as PieceKind, twoParts);
      }
    });

  const placeholders = await transaction
    .table('sections')
    .filter(
      (section: { portfolioId: string; role: string; title: string }) =>
        twoPartsPortfolios.has(section.portfolioId) &&
        section.role === 'appendix' &&
        PLACEHOLDER_APPENDICES.includes(section.title),
    )
    .primaryKeys();
  for (const sectionId of placeholders) {
    const content = (await transaction.table('sectionContents').get(sectionId)) as { document?: unknown } | undefined;
    if (content !== undefined && isRichTextNode(content.document) && hasText(content.document)) continue;
    await transaction.table('sectionContents').delete(sectionId);
    await transaction.table('sections').delete(sectionId);
  }
}

function appendicesFor(kind: PieceKind, twoParts: boolean): GeneratedAppendix[] {
  if (!holdsEvidence(kind)) return [];
  return twoParts ? [...GENERATED_APPENDICES] : ['coverage-matrix', 'mentor-handbook'];
}
