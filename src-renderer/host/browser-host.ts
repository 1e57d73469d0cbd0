import type { ExportDocxRequest, ExportOutcome, Host, ShowSavedFileOutcome } from '../../src-main/contract.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The host contract in a plain browser: exports download through the browser,
 * which puts them in the Downloads folder (or asks, as the user has set it up).
 */
export const browserHost = {
  edition: 'browser',
  exportDocx({ suggestedFileName, bytes }: ExportDocxRequest): Promise<ExportOutcome> {
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }));
    try {
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedFileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      return Promise.resolve({ status: 'downloaded', fileName: suggestedFileName });
    } finally {
      // The download has started from the link; revoking at once can cancel it in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
  },
  // A browser never reports a file as saved, only as downloading, so nothing asks this of it.
  showSavedFile(): Promise<ShowSavedFileOutcome> {
    return Promise.resolve({ status: 'failed', message: 'Downloads are listed in your browser’s Downloads (Ctrl+J).' });
  },
} satisfies Host;
