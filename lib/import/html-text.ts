/**
 * The text of an official minutes page in reading order, for the parser: the main content only (navigation, site
 * header and footer, scripts, styles, forms and hidden parts dropped), one line per block element, table cells
 * separated by tabs (attendee tables: name<TAB>role, as the text files have it), a blank line after paragraphs and
 * headings (as the text files separate paragraphs). Takes a parsed Document, so it runs on DOMParser's output in the
 * side panel and on any DOM implementation in tests.
 */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'svg',
  'canvas',
  'img',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);
/** Blocks followed by a blank line: the paragraph breaks of the text files. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'pre',
  'section',
  'article',
  'hr',
]);
const LINE = new Set([
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'caption',
  'figcaption',
  'address',
  'main',
  'header',
  'footer',
  'center',
  'tbody',
  'thead',
  'tfoot',
]);
const CELL = new Set(['td', 'th']);

const MAIN_SELECTORS = ['main', '[role="main"]', '#main', '#contents', '#content', '#main-content', '#mainContents', 'article'];

export function htmlToText(doc: Document): string {
  const root = findMain(doc);
  const out: string[] = [];
  let line = '';
  let pendingBreak: 0 | 1 | 2 = 0;

  const flush = (level: 1 | 2) => {
    if (line.trim() !== '') {
      out.push(line.replace(/[ \t]+$/, '').replace(/^ +/, ''));
      line = '';
    }
    pendingBreak = Math.max(pendingBreak, level) as 1 | 2;
  };
  const text = (s: string) => {
    if (s === '') return;
    if (pendingBreak === 2 && out.length > 0 && out[out.length - 1] !== '') out.push('');
    pendingBreak = 0;
    line += s;
  };

  const walk = (node: Node, pre: boolean, top: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (pre) {
        const parts = value.split(/\r\n|\r|\n/);
        parts.forEach((p, i) => {
          if (i > 0) flush(1);
          text(p);
        });
      } else {
        const collapsed = value.replace(/[ \t\n\r\f]+/g, ' ');
        text(line === '' || /[ \t]$/.test(line) ? collapsed.replace(/^ /, '') : collapsed);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    const role = el.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return;
    // A site's header and footer (not a header inside the article) are navigation, not minutes.
    if (!top && (tag === 'header' || tag === 'footer') && !el.closest('main, article, [role="main"]')) return;
    if (/(?:^|\s)(?:breadcrumbs?|pankuzu|skip|sns|share|pagetop|page-top)(?:\s|$)/i.test(el.getAttribute('class') ?? '')) return;
    if (tag === 'br') {
      flush(1);
      return;
    }
    const isPre = pre || tag === 'pre' || tag === 'textarea';
    if (PARAGRAPH.has(tag) || LINE.has(tag)) flush(1);
    if (CELL.has(tag) && line.trim() !== '') line = line.replace(/[ \t]+$/, '') + '\t';
    for (const child of Array.from(el.childNodes)) walk(child, isPre, false);
    if (PARAGRAPH.has(tag)) flush(2);
    else if (LINE.has(tag)) flush(1);
  };
  walk(root, false, true);
  flush(1);
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

function findMain(doc: Document): Element {
  for (const selector of MAIN_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? '').trim().length > 200) return el;
  }
  return doc.body ?? doc.documentElement;
}
