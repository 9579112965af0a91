/**
 * `tsx bench/popover-only.ts EXTENSION_DIR`: part (c) alone (hover → popover on the 40 kB and the 1 MB page), for a
 * quick before/after without the whole suite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import { compilePatterns } from '../lib/recognize/compile';
import { writeHighlightPages } from './pages';
import { percentile } from './stats';

const [extensionDir] = process.argv.slice(2);
process.env.MINUTES_LENS_EXTENSION = extensionDir;
const { launch } = await import('../tests/e2e/harness');
const { startFixtureServer } = await import('../tests/e2e/server');
const { popoverSamples } = await import('./popover');
const corpus = JSON.parse(readFileSync(join(extensionDir, 'corpus.json'), 'utf8')) as Corpus;
const dir = join(import.meta.dirname, 'out/popover-pages');
const pages = writeHighlightPages(dir, corpus, compilePatterns(corpus));
const probe = readFileSync(join(import.meta.dirname, 'page-probe.js'), 'utf8');
const server = await startFixtureServer(dir);
const h = await launch({ locale: 'ja-JP', extensionDir });
try {
  await h.waitForSeed();
  for (const [name, file] of [
    ['40 kB', pages.small],
    ['1 MB', pages.news],
  ] as const) {
    const samples = await popoverSamples(h.context, server.url(file), probe);
    const shown = samples.map((s) => s.shownMs);
    console.log(
      `${name}: popover shown p50 ${percentile(shown, 50).toFixed(1)} ms, p95 ${percentile(shown, 95).toFixed(1)} ms (${(percentile(shown, 95) / (1000 / 60)).toFixed(2)} frames), n=${shown.length}`,
    );
  }
} finally {
  await h.close();
  await server.close();
}
