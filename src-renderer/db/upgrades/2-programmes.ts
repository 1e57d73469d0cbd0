import type { Transaction } from 'dexie';
import { countDocumentTally } from '../../core/counting/count-document.js';
import { NO_WORDS } from '../../core/counting/word-tally.js';
import { isRichTextNode } from '../../core/document/rich-text.js';
import { STARTING_OUTCOMES } from '../../core/outcomes/outcomes.js';
import type { PieceSettings } from '../../core/programme/programme.js';
import { TWO_PARTS } from '../../core/programme/templates.js';

/** The parts of a portfolio as version 1 stored them: a title and a target each. */
type PiecesV1 = { id: string; title: string; targetWords: number }[] | undefined;

/**
 * Version 1 portfolios had the two parts of the first template, fixed in code. They
 * become portfolios of that template, keeping their own titles, targets and every section
 * as it was; each section's words are recounted by kind from its stored text.
 */
export async function upgradeToProgrammes(transaction: Transaction): Promise<void> {
  const portfolioIds: string[] = [];
  await transaction
    .table('portfolios')
    .toCollection()
    .modify((portfolio: Record<string, unknown>) => {
      portfolioIds.push(String(portfolio['id']));
      const old = new Map(((portfolio['pieces'] as PiecesV1) ?? []).map((piece) => [piece.id, piece]));
      const pieces: PieceSettings[] = TWO_PARTS.pieces.map(({ sections: _sections, ...settings }) => {
        const kept = old.get(settings.id);
        return kept === undefined ? settings : { ...settings, title: kept.title, targetWords: kept.targetWords };
      });
      // Version 1 only ever made these two parts; anything else is kept as a part like them.
      for (const [id, piece] of old) {
        const like = pieces[0];
        if (like !== undefined && !pieces.some((known) => known.id === id))
          pieces.push({ ...like, id, title: piece.title, targetWords: piece.targetWords });
      }
      portfolio['pieces'] = pieces;
      portfolio['programme'] = {
        templateId: TWO_PARTS.id,
        templateName: TWO_PARTS.name,
        attendance: TWO_PARTS.attendance,
        studyPlan: TWO_PARTS.studyPlan,
      };
      portfolio['attendedDays'] = 0;
    });

  const contents = new Map<string, unknown>();
  await transaction
    .table('sectionContents')
    .each((row: { sectionId: string; document: unknown }) => contents.set(row.sectionId, row.document));
  await transaction
    .table('sections')
    .toCollection()
    .modify((section: Record<string, unknown>) => {
      const document = contents.get(section['id'] as string);
      section['words'] = isRichTextNode(document) ? countDocumentTally(document) : NO_WORDS;
      section['role'] = 'body';
      section['counted'] = true;
      delete section['wordCount'];
    });

  await transaction
    .table('outcomes')
    .bulkAdd(
      portfolioIds.flatMap((portfolioId) =>
        STARTING_OUTCOMES.map((draft, position) => ({ ...draft, id: crypto.randomUUID(), portfolioId, position })),
      ),
    );
}
