import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchFrame } from './content/frame-watch';

/**
 * The frames' watch, in every frame: a few lines that wait until the frame shows, then ask the background for the
 * content script (entrypoints/content). In the top frame it does nothing: the content script is there already.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // once the DOM is complete, when a frame's size is known
  runAt: 'document_end',
  main: () => watchFrame(),
});
