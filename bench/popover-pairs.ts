/**
 * `tsx bench/popover-pairs.ts BEFORE_DIR AFTER_DIR [SCREENS]`: part (c) on the 1 MB page for two builds at once, for a
 * before/after on a busy machine. Both browsers are open together and each mention is hovered in one, then in the
 * other (which goes first alternates), so the two builds meet the same load hover by hover. Prints, per build, the
 * popover's p50/p95 from the settle to its first frame and to that frame painted, the cards, and the load average.
 */
import { loadavg } from 'node:os';
import { type PopoverSample, hoverOnce, mentionsOnScreen, openForHovers } from './popover';
import { percentile } from './stats';
import { oneBuild } from './one-build';

const [beforeDir, afterDir, screensArg] = process.argv.slice(2);
const SCREENS = Number(screensArg ?? 8);
const { launch, pages, probe, server } = await oneBuild(beforeDir, 'popover-pairs-pages');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const loadStart = load();
const builds = [
  { label: 'before', dir: beforeDir },
  { label: 'after', dir: afterDir },
];
const harnesses = await Promise.all(builds.map((b) => launch({ locale: 'ja-JP', extensionDir: b.dir })));
const samples: PopoverSample[][] = [[], []];
try {
  await Promise.all(harnesses.map((h) => h.waitForSeed()));
  const tabs = [];
  for (const h of harnesses) tabs.push(await openForHovers(h.context, server.url(pages.news), probe));
  let turn = 0;
  for (let screen = 0; screen < SCREENS; screen++) {
    const lists = await Promise.all(tabs.map((tab) => mentionsOnScreen(tab, screen, 10)));
    const count = Math.min(lists[0].length, lists[1].length);
    for (let k = 0; k < count; k++) {
      const order = turn++ % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) samples[i].push(await hoverOnce(tabs[i], lists[i][k]));
    }
  }
} finally {
  await Promise.all(harnesses.map((h) => h.close()));
  await server.close();
}
const FRAME = 1000 / 60;
for (const [i, b] of builds.entries()) {
  // the first hover of a page also loads the popover's UI: reported apart
  const [first, ...rest] = samples[i];
  const line = (what: string, xs: number[]) =>
    `${what} p50 ${percentile(xs, 50).toFixed(1)} p95 ${percentile(xs, 95).toFixed(1)} ms (${(percentile(xs, 95) / FRAME).toFixed(2)} frames)`;
  console.log(
    `${b.label} (${b.dir}): ${rest.length} hovers after the first; ` +
      [
        line(
          'shown',
          rest.map((s) => s.shownMs),
        ),
        line(
          'painted',
          rest.map((s) => s.paintedMs),
        ),
        line(
          'cards',
          rest.map((s) => s.loadedMs),
        ),
      ].join('; ') +
      `; first hover painted ${first?.paintedMs.toFixed(0)} ms`,
  );
}
console.log(`load average ${loadStart} -> ${load()}`);
