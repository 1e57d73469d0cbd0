import { isTrustedSender } from '../security/policies.js';

/** Where an invoke came from: the part of Electron's IpcMainInvokeEvent the guard reads. */
export interface InvokeOrigin {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

/**
 * Wraps a channel's handler so it answers only the app's own page in its top-level frame,
 * and only with a request that passed the channel's parser. Anything else is refused before
 * the handler runs. Plain code, so the refusals are tested without Electron.
 */
export function guardedHandler<Event extends InvokeOrigin, Request, Response>(
  channel: string,
  parse: (value: unknown) => Request,
  handler: (request: Request, event: Event) => Promise<Response>,
): (event: Event, value: unknown) => Promise<Response> {
  return async (event, value) => {
    const frame = event.senderFrame;
    if (!isTrustedSender({ frameUrl: frame?.url, isMainFrame: frame !== null && frame === event.sender.mainFrame })) {
      throw new Error(`Refused ${channel} from an untrusted frame`);
    }
    return handler(parse(value), event);
  };
}
