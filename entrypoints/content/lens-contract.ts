import type { LensOptions, LensSession } from './lens';

/**
 * What the content script and the lens (lens-session.js: highlighting, hover, keyboard, the mutation watcher; injected
 * by the background into a frame once its text passes the pre-filter) agree on. The lens registers its factory under
 * LENS_FACTORY on the isolated world's global object; the content script calls it. A name and types only: importing
 * this costs the content script nothing.
 */
export const LENS_FACTORY = '__minutesLensSession';

export type LensFactory = (options: LensOptions) => LensSession;
