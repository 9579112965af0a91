import { browser } from 'wxt/browser';
import { createAsk } from '../lib/messaging';

/** The one `ask` of every surface (content script, popup, side panel): a typed request to the background. */
export const ask = createAsk((message) => browser.runtime.sendMessage(message));
