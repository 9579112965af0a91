// Injected into benchmark pages (main world) before any page script. Plain JavaScript, not compiled, so the page gets
// exactly this text. Watches for what a reader would see: the first highlight inside the viewport (CSS Custom
// Highlight ranges of the extension, or <mark> elements of mark.js), highlights cleared, the popover painted. Each
// moment is a performance.mark (so it lands in the trace) and a performance.now() value read by the benchmark.
(() => {
  const NAMES = ['minutes-lens-person', 'minutes-lens-term'];
  const POPOVER = 'minutes-lens-popover';
  const inView = (r) => r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;

  function highlightCount() {
    let n = 0;
    if (window.CSS && CSS.highlights) for (const name of NAMES) n += CSS.highlights.get(name)?.size ?? 0;
    return n + document.querySelectorAll('mark[data-markjs]').length;
  }

  function anyVisible() {
    if (window.CSS && CSS.highlights) {
      for (const name of NAMES) {
        let looked = 0;
        // ranges are added in document order, so the first few are the ones near the top
        for (const range of CSS.highlights.get(name) ?? []) {
          if (inView(range.getBoundingClientRect())) return true;
          if (++looked > 40) break;
        }
      }
    }
    const mark = document.querySelector('mark[data-markjs]');
    return mark !== null && inView(mark.getBoundingClientRect());
  }

  let firstVisible;
  const bench = {
    firstVisibleAt: null,
    /** resolves at the first highlight in the viewport: awaited from the benchmark without running anything per frame */
    firstVisible: new Promise((resolve) => (firstVisible = resolve)),
    clearedAt: null,
    clearedEpoch: null,
    lastMoveAt: null,
    loadAt: null,
    highlightCount,
    /** resolves once no highlight is left, at the frame that shows the page without them */
    watchCleared() {
      bench.clearedAt = null;
      return new Promise((resolve) => {
        const check = () => {
          if (highlightCount() === 0) {
            performance.mark('bench-cleared');
            bench.clearedAt = performance.now();
            bench.clearedEpoch = Date.now();
            resolve(bench.clearedAt);
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    /**
     * resolves at the frame where the popover shows `title` in a card, with the moment it first showed at all: the
     * animation frame that first holds the dialog (shownAt, before that frame's style, layout and paint) and the end of
     * that frame's rendering on the main thread (paintedAt: a message posted from the frame's callback runs after it)
     */
    watchPopover(title) {
      return new Promise((resolve) => {
        let shownAt = null;
        let paintedAt = null;
        let loadedAt = null;
        const done = () => shownAt !== null && paintedAt !== null && loadedAt !== null && resolve({ shownAt, paintedAt, loadedAt });
        const afterFrame = (record) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            record(performance.now());
            done();
          };
          channel.port2.postMessage(null);
        };
        const check = () => {
          // the host is appended to the root element (no page here goes fullscreen): no search of the 1 MB page per frame
          const host = document.documentElement.lastElementChild;
          const root = host?.localName.startsWith(POPOVER) ? host.shadowRoot : null;
          if (shownAt === null && root && root.querySelector('[role="dialog"]')) {
            shownAt = performance.now();
            afterFrame((t) => (paintedAt = t));
          }
          const titles = root ? [...root.querySelectorAll('.ml-card-title')].map((e) => e.textContent) : [];
          if (titles.some((t) => t && t.includes(title))) {
            loadedAt = performance.now();
            done();
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
  };
  window.__bench = bench;
  addEventListener('load', () => (bench.loadAt = performance.now()));
  addEventListener('pointermove', () => (bench.lastMoveAt = performance.now()), { capture: true, passive: true });

  const watch = () => {
    if (anyVisible()) {
      performance.mark('bench-first-visible');
      bench.firstVisibleAt = performance.now();
      firstVisible(bench.firstVisibleAt);
    } else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();
