import { MARK_TAG } from './quirks';

/** Names in the page's highlight registry (CSS.highlights is one registry per document, shared with page scripts). */
export const HIGHLIGHT_NAMES = { person: 'minutes-lens-person', term: 'minutes-lens-term' } as const;

/**
 * Two translucent tints that read on light and dark pages alike (the page's own colour shows through): warm for people,
 * cool for terms. No underline: in Chromium a highlight with a text decoration has visual overflow, and every DOM or
 * style change anywhere in the page then invalidates the overflow of each highlighted text node and recomputes it up
 * through its ancestors; on the 1 MB benchmark page that made the frame after any change (the popover's own) 20–29 ms
 * instead of 4–8. No property here changes layout.
 */
const PERSON = `background-color: rgb(255 176 0 / 0.3);`;
const TERM = `background-color: rgb(0 140 255 / 0.2);`;

/**
 * The document's rules in Chromium, as public/page-highlight.css (the browser injects that file with the content
 * script; highlight-styles.test.ts holds the two equal): on :root only. Custom highlights inherit every property from the
 * parent element's highlight (CSS highlight inheritance), so text anywhere in the document gets these styles, while no
 * other element has a ::highlight() rule of its own to match and compute.
 */
export const PAGE_HIGHLIGHT_CSS = `
:root::highlight(${HIGHLIGHT_NAMES.person}) { ${PERSON} }
:root::highlight(${HIGHLIGHT_NAMES.term}) { ${TERM} }
`;

/**
 * Rules for the page (and each open shadow root we read, because ::highlight() styles apply per tree scope): the
 * highlight pseudo-elements, and the same look for the fallback wrapper elements.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.person}) { ${PERSON} }
::highlight(${HIGHLIGHT_NAMES.term}) { ${TERM} }
${MARK_TAG}[data-kind="person"] { ${PERSON} }
${MARK_TAG}[data-kind="term"] { ${TERM} }
`;
