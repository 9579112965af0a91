import { browser } from 'wxt/browser';
import type { Request, ResponseOf } from '../../lib/messages';

/** Asks the background (lib/messages.ts protocol). Page text is never sent: only ids, the host name and counts. */
export function ask<R extends Request>(request: R): Promise<ResponseOf<R>> {
  return browser.runtime.sendMessage<R, ResponseOf<R>>(request);
}
