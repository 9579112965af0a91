import { createAsk } from '../lib/messaging';
import { extensionApi } from './extension-api';

/** The one `ask` of every surface (content script, popup, side panel): a typed request to the background. */
export const ask = createAsk((message) => extensionApi().runtime.sendMessage(message));
