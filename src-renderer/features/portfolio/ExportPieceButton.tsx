import { useState } from 'react';
import type { Portfolio } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { showNotice, useSession } from '../../app/session-store.js';
import { describeExportOutcome, exportPiece } from './export-piece.js';

export function ExportPieceButton({ portfolio, pieceId, pieceTitle }: { readonly portfolio: Portfolio; readonly pieceId: string; readonly pieceTitle: string }) {
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      // The file must hold every word typed, including the last half-second's.
      await useSession.getState().flushOpenEditor();
      const message = describeExportOutcome(await exportPiece(appDatabase, portfolio, pieceId));
      if (message !== undefined) showNotice(message);
    } catch (error) {
      showNotice(`The document could not be made${error instanceof Error ? ` (${error.message})` : ''}. Your text is safe; try again.`);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className="export-button" onClick={run} disabled={busy} aria-label={`Export ${pieceTitle} as a Word document`}>
      {busy ? 'Exporting…' : 'Export .docx'}
    </button>
  );
}
