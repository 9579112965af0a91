import type { Request, ResponseOf } from './messages';

/** Sends one message to the background and resolves with its answer (browser.runtime.sendMessage, passed in). */
export type Send = (message: Request) => Promise<unknown>;

export type Ask = <R extends Request>(request: R) => Promise<ResponseOf<R>>;

/**
 * The one `ask` every surface uses (content script, popup, side panel): lib/ uses no browser API, so each entrypoint
 * passes its `browser.runtime.sendMessage`. A send that throws synchronously (the extension was reloaded under a
 * content script) becomes a rejected promise, so callers have one failure path.
 */
export function createAsk(send: Send): Ask {
  return <R extends Request>(request: R) => {
    try {
      return send(request) as Promise<ResponseOf<R>>;
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
