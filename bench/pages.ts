import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import type { CompiledPatterns } from '../lib/recognize/compile';
import { markjsDriver, patternSource } from './markjs-baseline';
import { newsPage, newsWriter } from './news-page';

/** The pages the browser benchmarks open, written into `dir` (served by the e2e fixture server). */
export interface BenchPages {
  /** the 1 MB news page, plain (the extension or nothing highlights it) */
  news: string;
  /** the same page with mark.js marking it */
  newsMarkjs: string;
  /** a 40 kB article page */
  small: string;
  bytes: number;
}

export function writeHighlightPages(dir: string, corpus: Corpus, compiled: CompiledPatterns): BenchPages {
  mkdirSync(dir, { recursive: true });
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('mark.js/dist/mark.min.js'), join(dir, 'mark.min.js'));
  writeFileSync(join(dir, 'markjs-driver.js'), markjsDriver(patternSource(compiled), false));
  const plain = newsPage(corpus);
  writeFileSync(join(dir, 'news.html'), plain.html);
  const withMarkjs = newsPage(corpus, { head: '<script src="mark.min.js"></script><script src="markjs-driver.js"></script>' });
  writeFileSync(join(dir, 'news-markjs.html'), withMarkjs.html);
  // an ordinary article-sized page, for the heap of a typical tab
  writeFileSync(join(dir, 'small.html'), newsPage(corpus, { bytes: 40_000 }).html);
  return { news: 'news.html', newsMarkjs: 'news-markjs.html', small: 'small.html', bytes: plain.bytes };
}

/**
 * A page that never stops changing, for the mutation benchmark: a live feed at the top gets a new paragraph every
 * 100 ms (the oldest beyond 200 are removed) and a ticker's text changes every 50 ms, for as long as
 * `startMutating(ms)` says. The copy is generated like the news page, names and terms included.
 */
export function writeMutationPages(dir: string, corpus: Corpus, compiled: CompiledPatterns): { plain: string; markjs: string } {
  mkdirSync(dir, { recursive: true });
  const w = newsWriter(corpus, 0.08, 7);
  const paragraphs = Array.from({ length: 300 }, () => w.paragraph());
  const ticker = Array.from({ length: 100 }, () => `速報: ${w.text()}${w.text()}`);
  writeFileSync(
    join(dir, 'mutate.js'),
    `window.startMutating = (ms) => new Promise((resolve) => {
  const PARAGRAPHS = ${JSON.stringify(paragraphs)};
  const TICKER = ${JSON.stringify(ticker)};
  const feed = document.getElementById('live');
  const text = document.getElementById('ticker').firstChild;
  const added = [];
  let appended = 0;
  let ticks = 0;
  performance.mark('mutate-start');
  const append = setInterval(() => {
    const p = document.createElement('p');
    p.innerHTML = PARAGRAPHS[appended++ % PARAGRAPHS.length];
    feed.prepend(p);
    added.push(p);
    if (added.length > 200) added.shift().remove();
  }, 100);
  const tick = setInterval(() => { text.data = TICKER[ticks++ % TICKER.length]; }, 50);
  setTimeout(() => {
    clearInterval(append);
    clearInterval(tick);
    performance.mark('mutate-end');
    resolve({ appended, ticks });
  }, ms);
});
`,
  );
  writeFileSync(join(dir, 'markjs-driver-dynamic.js'), markjsDriver(patternSource(compiled), true));
  const top = '<p id="ticker-line"><span id="ticker">速報</span></p><section id="live"></section>\n';
  const page = (head: string) => newsPage(corpus, { bytes: 200_000, top, head: head + '<script src="mutate.js"></script>' }).html;
  writeFileSync(join(dir, 'mutating.html'), page(''));
  writeFileSync(
    join(dir, 'mutating-markjs.html'),
    page('<script src="mark.min.js"></script><script src="markjs-driver-dynamic.js"></script>'),
  );
  return { plain: 'mutating.html', markjs: 'mutating-markjs.html' };
}
