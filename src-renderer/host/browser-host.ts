import type {
  Host,
  SaveFileRequest,
  SaveOutcome,
  ShowSavedFileOutcome,
  SpellingWordList,
} from '../../src-main/contract.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PORTFOLIO_FILE_TYPE = 'application/zip';

/**
 * The host contract in a plain browser: files download through the browser, which puts
 * them in the Downloads folder (or asks, as the user has set it up).
 */
export const browserHost = {
  edition: 'browser',
  exportDocx: (request: SaveFileRequest) => download(request, DOCX_TYPE),
  savePortfolioFile: (request: SaveFileRequest) => download(request, PORTFOLIO_FILE_TYPE),
  // A browser opens files only through the page's own picker and drops.
  onPortfolioFileOpened: () => () => {},
  // A browser never reports a file as saved, only as downloading, so nothing asks this of it.
  showSavedFile(): Promise<ShowSavedFileOutcome> {
    return Promise.resolve({ status: 'failed', message: 'Downloads are listed in your browser’s Downloads (Ctrl+J).' });
  },
  // The browser asked the person before leaving; there is nothing to close.
  savesDone: () => undefined,
  // The browser spells with its own dictionary, which a page can neither read nor change.
  spellingWords: () => Promise.resolve(BROWSER_SPELLING),
  removeSpellingWord: () => Promise.resolve(BROWSER_SPELLING),
} satisfies Host;

const BROWSER_SPELLING: SpellingWordList = { keptBy: 'the-browser' };

function download({ suggestedFileName, data }: SaveFileRequest, type: string): Promise<SaveOutcome> {
  const url = URL.createObjectURL(data.type === type ? data : new Blob([data], { type }));
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
}
