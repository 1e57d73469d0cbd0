import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../security/app-origin.js';
import { guardedHandler } from './guarded-handler.js';
import { parseSaveFileRequest, type ArrivedFile } from './requests.js';

/** The request as the save handler puts it together: the page's suggested name, and the file that came in pieces. */
const parse = (value: unknown) =>
  parseSaveFileRequest(value as { suggestedFileName: unknown; file: ArrivedFile }, 'docx');

/** An invoke event from a frame at `url`, the window's top-level frame unless said otherwise. */
function eventFrom(url: string | undefined, { topLevel = true } = {}) {
  const mainFrame = { url: APP_ENTRY_URL };
  const senderFrame = url === undefined ? null : topLevel && url === APP_ENTRY_URL ? mainFrame : { url };
  return { senderFrame, sender: { mainFrame } };
}

const request = {
  suggestedFileName: 'Part 1.docx',
  file: { size: 5, head: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]) },
};

describe('an IPC handler', () => {
  it('answers the app’s own page with a request that passed its parser', async () => {
    const handler = vi.fn(async () => ({ status: 'cancelled' as const }));
    const guarded = guardedHandler('host:export-docx', parse, handler);
    await expect(guarded(eventFrom(APP_ENTRY_URL), request)).resolves.toEqual({ status: 'cancelled' });
    expect(handler).toHaveBeenCalledWith(request, expect.anything());
  });

  it.each([
    ['another origin', eventFrom('https://example.org/')],
    ['a file', eventFrom('file:///home/ada/page.html')],
    ['a frame inside the app’s page', eventFrom(APP_ENTRY_URL, { topLevel: false })],
    ['a frame that has gone', eventFrom(undefined)],
  ])('refuses a call from %s before the handler runs', async (_from, event) => {
    const handler = vi.fn(async () => ({ status: 'cancelled' as const }));
    const guarded = guardedHandler('host:export-docx', parse, handler);
    await expect(guarded(event, request)).rejects.toThrow('Refused host:export-docx from an untrusted frame');
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['text', 'Part 1.docx'],
    ['no file', { suggestedFileName: 'Part 1.docx' }],
    ['a name that is not text', { suggestedFileName: 42, file: request.file }],
    [
      'bytes that are not a Word document',
      { suggestedFileName: 'Part 1.docx', file: { size: 4, head: new Uint8Array([0x4d, 0x5a, 0x90, 0]) } },
    ],
  ])('refuses a malformed request (%s) before the handler runs', async (_what, value) => {
    const handler = vi.fn(async () => ({ status: 'cancelled' as const }));
    const guarded = guardedHandler('host:export-docx', parse, handler);
    await expect(guarded(eventFrom(APP_ENTRY_URL), value)).rejects.toThrow();
    expect(handler).not.toHaveBeenCalled();
  });
});
