import type { CompiledPatterns } from '../lib/recognize/compile';

/**
 * The usual approach, as the baseline: mark.js wrapping every match in an element, with the extension's own pattern
 * list as one case-insensitive alternation (longest first, so the longer of two overlapping forms wins, as in the
 * extension). mark.js works text node by text node (its default), skipping the same kinds of elements.
 */

export function patternSource(compiled: CompiledPatterns): string {
  return [...new Set(compiled.patterns.map((p) => p.text))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * The page script that runs mark.js (plain JavaScript text, loaded after mark.min.js). It starts when the DOM is
 * ready, as the content script does, and exposes `benchUnmark()` for the clearing measurement. With `dynamic`, it also
 * marks content added later and re-marks text that changes (a MutationObserver around mark.js, as sites do it).
 */
export function markjsDriver(source: string, dynamic: boolean): string {
  return `(() => {
  const re = new RegExp(${JSON.stringify(source)}, 'gi');
  const options = { className: 'bench-mark', exclude: ['script', 'style', 'textarea', 'input', 'select', 'code', 'pre', 'noscript'] };
  const start = () => {
    performance.mark('markjs-start');
    const instance = new Mark(document.body);
    instance.markRegExp(re, { ...options, done: (n) => { performance.mark('markjs-done'); window.__markjs = { done: true, marks: n }; } });
    window.benchUnmark = () => new Promise((resolve) => {
      performance.mark('bench-switch');
      const started = performance.now();
      instance.unmark({ done: () => resolve(performance.now() - started) });
    });
    if (${dynamic}) {
      const isMark = (n) => n.nodeType === 1 && n.matches('mark[data-markjs], mark[data-markjs] *');
      const watch = { childList: true, characterData: true, subtree: true };
      // mark.js runs synchronously: the observer is off while it edits, so its own edits are not seen as changes
      const observer = new MutationObserver((records) => {
        observer.disconnect();
        for (const record of records) {
          if (record.type === 'characterData') {
            const parent = record.target.parentElement;
            if (parent && parent.isConnected && !isMark(parent)) { const m = new Mark(parent); m.unmark(); m.markRegExp(re, options); }
            continue;
          }
          for (const node of record.addedNodes) if (node.nodeType === 1 && node.isConnected && !isMark(node)) new Mark(node).markRegExp(re, options);
        }
        observer.observe(document.body, watch);
      });
      observer.observe(document.body, watch);
    }
  };
  // in a task of its own once the DOM is ready, as the content script runs (not inside the parser's last task)
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => setTimeout(start));
  else setTimeout(start);
})();
`;
}
