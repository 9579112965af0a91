/**
 * `tsx bench/popover-only.ts EXTENSION_DIR`: part (c) alone (hover → popover on the 40 kB and the 1 MB page), for a
 * quick before/after without the whole suite.
 */
import { percentile } from './stats';
import { oneBuild } from './one-build';

const [extensionDir] = process.argv.slice(2);
const { launch, pages, probe, server } = await oneBuild(extensionDir, 'popover-pages');
const { popoverSamples } = await import('./popover');
const h = await launch({ locale: 'ja-JP', extensionDir });
try {
  await h.waitForSeed();
  for (const [name, file] of [
    ['40 kB', pages.small],
    ['1 MB', pages.news],
  ] as const) {
    const samples = await popoverSamples(h.context, server.url(file), probe);
    for (const [what, xs] of [
      ['shown (its frame)', samples.map((s) => s.shownMs)],
      ['painted', samples.map((s) => s.paintedMs)],
    ] as const) {
      console.log(
        `${name}: popover ${what} p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms (${(percentile(xs, 95) / (1000 / 60)).toFixed(2)} frames), n=${xs.length}`,
      );
    }
  }
} finally {
  await h.close();
  await server.close();
}
