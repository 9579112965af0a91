import { PAGE_HIGHLIGHT_CSS } from './highlight-styles';
import { hasHighlightApi } from './quirks';

/**
 * Where the sheet is kept: the isolated world's global object, which the content script and the lens share (and, in
 * a tab open across an extension update, the orphaned scripts of the old version too: hence the owners).
 */
const KEY = '__minutesLensPageSheet';
interface Shared {
  sheet: CSSStyleSheet;
  /** the bundles using it (the content script, the lens); it is taken out when the last one lets go */
  owners: Set<object>;
}
type Global = Record<string, Shared | undefined>;
/** this bundle's token among the owners */
const ME = {};

/**
 * The document's highlight style sheet (Chromium: a constructed sheet, adopted), one per document, shared by the
 * content script and the lens.
 *
 * Adopting a sheet with ::highlight() rules restyles every element of the document: 150–500 ms on the 1 MB benchmark
 * page once it is parsed, all in one task. So the content script adopts it as soon as the background says the site is
 * switched on, while the page is still being parsed (stylePageEarly): then only what is parsed so far is restyled, and
 * the rest is styled as it is parsed. The rules are on :root only (PAGE_HIGHLIGHT_CSS): on a page that never mentions
 * anything they cost no style work on its elements. Their one trace there is an entry in document.adoptedStyleSheets,
 * which the page's scripts can see. Returns false where such a sheet cannot be adopted.
 */
export function adoptPageSheet(): boolean {
  // Firefox: a sheet built in a content script may not be adopted by the page (Xray wrappers), and rules on :root did
  // not reach the highlights in Firefox ESR 153; there the lens gives each tree rules of its own at the first mention.
  if (import.meta.env.FIREFOX) return false;
  const global = globalThis as unknown as Global;
  try {
    let shared = global[KEY];
    if (!shared) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(PAGE_HIGHLIGHT_CSS);
      shared = { sheet, owners: new Set() };
    }
    // a page may have replaced the document's list since (document.adoptedStyleSheets = [its own])
    if (!document.adoptedStyleSheets.includes(shared.sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, shared.sheet];
    shared.owners.add(ME);
    global[KEY] = shared;
    return true;
  } catch {
    // no constructed sheets here
    return false;
  }
}

/** The content script, when the background answers at document_start: the sheet now, if the page is still loading. */
export function stylePageEarly(enabled: boolean | undefined): void {
  if (enabled && document.readyState === 'loading' && hasHighlightApi()) adoptPageSheet();
}

/** This bundle lets go of the sheet (switched off, orphaned); the last owner takes it out. Safe to call at any time. */
export function dropPageSheet(): void {
  const global = globalThis as unknown as Global;
  const shared = global[KEY];
  if (!shared?.owners.delete(ME) || shared.owners.size > 0) return;
  global[KEY] = undefined;
  try {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== shared.sheet);
  } catch {
    // the document's list cannot be read from here any more
  }
}
