/**
 * `npm run bench:import`: how long importing minutes takes in the real side panel (Chromium, the built extension,
 * `sidepanel.html#/import`), for the files issue #12 names: a 40 kB text and a 30-page PDF printed by Chromium from a
 * minutes fixture (tests/e2e/import-fixtures.ts, the same files the import e2e test imports), and, for a real layout,
 * the 40 kB bundled minutes seeds/hq-001-2015-02-10.txt renumbered so they are not the bundled meeting, as text and
 * printed as a PDF. Prints figures and writes section (g) of bench/RESULTS.md; asserts nothing.
 *
 * Each run opens a new panel (its import worker starts cold: kuromoji's dictionary is loaded for the first file), chooses
 * the file through the file chooser (cold preview), discards it and chooses it again (warm preview), presses Import
 * (saved), then deletes the import so the next run imports afresh. Times are taken in the panel: from the file input's
 * change event (the file picked) to the frame after the preview (or the "imported" line) is in the DOM; from the Import
 * button's click likewise. The chooser is answered at once here; a reader takes longer in it.
 *
 * RUNS=n sets the runs per file (default 5); CHOOSER_MS=n keeps the chooser open n ms; FILES=name,… only those files; BENCH_EXTENSION=dir measures that build
 * instead and only prints (RESULTS.md is written only for all four files of the current build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { median, ms, table } from './stats';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const RESULTS = join(ROOT, 'bench/RESULTS.md');
const RUNS = Number(process.env.RUNS ?? 5);
/** CHOOSER_MS=n: the reader spends n ms in the file chooser before picking the file (default 0: answered at once) */
const CHOOSER_MS = Number(process.env.CHOOSER_MS ?? 0);
/** FILES=a.pdf,b.txt: only these of the four files (for a quick before/after) */
const ONLY = process.env.FILES?.split(',');
const HEADING = '## (g) Importing minutes';
/** bench/suite.ts keeps a section carrying this line when `npm run bench` rewrites RESULTS.md */
const KEEP = '<!-- written by npm run bench:import (bench/import-timing.ts); npm run bench keeps it -->';

// Measure a copy of the build, taken under the build lock (as bench/run.ts does), so a concurrent build cannot swap files;
// or, with BENCH_EXTENSION=dir, another build (e.g. of an earlier commit, for before/after), without writing RESULTS.md.
mkdirSync(OUT, { recursive: true });
const other = process.env.BENCH_EXTENSION;
const extensionDir = other ?? join(OUT, 'ext-import');
if (!other)
  execFileSync('flock', ['/tmp/build.lock', 'sh', '-c', `rm -rf "${extensionDir}" && cp -r .output/chrome-mv3 "${extensionDir}"`], {
    cwd: ROOT,
    stdio: 'inherit',
  });
process.env.MINUTES_LENS_EXTENSION = extensionDir;
const { launch } = await import('../tests/e2e/harness');
const { printPdf, timingMinutes } = await import('../tests/e2e/import-fixtures');

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

interface ImportFile {
  /** shown in the table */
  label: string;
  path: string;
  name: string;
  bytes: number;
  pages?: number;
}

interface Run {
  coldPreview: number;
  warmPreview: number;
  saved: number;
  /** what the panel itself reports for the save (store.save, ms) */
  panelSave: number;
  remarks: number;
}

/**
 * In the panel: a promise of performance.now() at `event` on an element matching `target`, and at the frame after
 * `selector` matches. (A string, not a function: tsx would wrap named helpers in a __name call the page does not have.)
 */
function watch(page: Page, selector: string, event: 'change' | 'click', target: string): Promise<{ from: number; to: number }> {
  const [sel, ev, tgt] = [selector, event, target].map((x) => JSON.stringify(x));
  return page.evaluate(`new Promise((resolve) => {
    let from = NaN;
    const onEvent = (e) => { if (e.target && e.target.closest && e.target.closest(${tgt})) from = performance.now(); };
    document.addEventListener(${ev}, onEvent, true);
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${sel})) return;
      observer.disconnect();
      document.removeEventListener(${ev}, onEvent, true);
      requestAnimationFrame(() => resolve({ from, to: performance.now() }));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  })`);
}

async function importOnce(page: Page, file: ImportFile): Promise<Run> {
  const input = page.locator('.ml-import input[type=file][multiple]');
  const item = page.locator(`.ml-import-item[data-file="${file.name}"]`);
  const preview = `.ml-import-item[data-file="${file.name}"][data-state=preview]`;
  const previewOnce = async () => {
    const shown = watch(page, preview, 'change', 'input[type=file]');
    // as a reader does: the input clicked opens the file chooser, the file is picked in it
    const chooser = page.waitForEvent('filechooser');
    await input.click();
    if (CHOOSER_MS) await page.waitForTimeout(CHOOSER_MS);
    await (await chooser).setFiles(file.path);
    const { from, to } = await shown;
    return to - from;
  };
  const coldPreview = await previewOnce();
  await item.getByRole('button', { name: '取りやめる' }).click();
  await item.waitFor({ state: 'detached' });
  const warmPreview = await previewOnce();
  const remarks = Number(await item.locator('.ml-import-remarks').getAttribute('data-count'));
  const saved = watch(page, `.ml-import-item[data-file="${file.name}"] .ml-import-saved`, 'click', '.ml-import-confirm');
  await item.getByRole('button', { name: '取り込む' }).click();
  const { from, to } = await saved;
  const panelSave = Number(/（(\d+) ミリ秒）/.exec((await item.locator('.ml-import-saved').textContent()) ?? '')?.[1]);
  // delete it, so the next run imports it afresh (and wait for the panel to have re-indexed without it)
  await page.locator('.ml-import-row').first().getByRole('button', { name: '削除' }).click();
  await page.locator('.ml-import-row').waitFor({ state: 'detached', timeout: 120_000 });
  await page.locator('.ml-import-list [role=status]', { hasText: '削除しました' }).waitFor();
  return { coldPreview, warmPreview, saved: to - from, panelSave, remarks };
}

const dir = mkdtempSync(join(tmpdir(), 'minutes-lens-bench-import-'));
const started = Date.now();
const loadBefore = load();
console.log(`load average before (1, 5, 15 min): ${loadBefore}`);
const h = await launch({ locale: 'ja-JP', extensionDir });
try {
  h.context.setDefaultTimeout(240_000);
  await h.waitForSeed(120_000);
  const files: ImportFile[] = [];
  const wanted = (name: string) => !ONLY || ONLY.includes(name);
  const addText = (label: string, name: string, text: string) => {
    if (!wanted(name)) return;
    const path = join(dir, name);
    writeFileSync(path, text);
    files.push({ label, path, name, bytes: Buffer.byteLength(text) });
  };
  const addPdf = async (label: string, name: string, text: string) => {
    if (!wanted(name)) return;
    const path = join(dir, name);
    const pages = await printPdf(h.context, text, path);
    files.push({ label, path, name, bytes: readFileSync(path).length, pages });
  };
  const { text40k, long } = timingMinutes(readFileSync(join(ROOT, 'tests/e2e/fixtures/import/hq-042-2026-05-20.txt'), 'utf8'));
  const real = readFileSync(join(ROOT, 'seeds/hq-001-2015-02-10.txt'), 'utf8').replace('第１回会合', '第５１回会合');
  addText('40 kB text (fixture grown, 2 members)', 'hq-043-40kB.txt', text40k);
  await addPdf('PDF printed from the same, grown longer', 'hq-044-long.pdf', long);
  addText('40 kB real minutes (seeds/hq-001, 23 attendees)', 'hq-051-real-40kB.txt', real);
  await addPdf('the same real minutes printed as PDF', 'hq-051-real.pdf', real);

  const runs = new Map<ImportFile, Run[]>(files.map((f) => [f, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const file of files) {
      const page = await h.openSidePanel('#/import');
      await page.locator('.ml-import-list .ml-muted', { hasText: 'まだ取り込んだ' }).waitFor();
      const run = await importOnce(page, file);
      runs.get(file)!.push(run);
      console.log(
        `${file.name} run ${i + 1}: preview cold ${ms(run.coldPreview)} ms, warm ${ms(run.warmPreview)} ms; saved ${ms(run.saved)} ms (panel: ${run.panelSave} ms); ${run.remarks} remarks; load ${load()}`,
      );
      await page.close();
    }
  }
  const loadAfter = load();
  console.log(`load average after (1, 5, 15 min): ${loadAfter}`);

  const range = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
  const rows = files.map((f) => {
    const r = runs.get(f)!;
    const col = (key: keyof Run) => r.map((x) => x[key]);
    return [
      f.label,
      `${(f.bytes / 1000).toFixed(1)} kB${f.pages ? `, ${f.pages} pages` : ''}`,
      r[0]?.remarks ?? '–',
      `${ms(median(col('coldPreview')))} (${range(col('coldPreview'))})`,
      `${ms(median(col('warmPreview')))} (${range(col('warmPreview'))})`,
      `${ms(median(col('saved')))} (${range(col('saved'))})`,
    ];
  });
  const cpu = cpus();
  const section = [
    HEADING,
    '',
    KEEP,
    '',
    `Measured ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:import\` (bench/import-timing.ts) in ${((Date.now() - started) / 60000).toFixed(1)} min on ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown CPU'}), shared with other work. Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}.`,
    '',
    `In the real side panel (\`sidepanel.html#/import\`, Chromium headless, the built extension). ${RUNS} runs per file, each in a new panel: "cold" is the first file in that panel (the import worker starts and loads kuromoji's dictionary), "warm" the same file chosen again; the file is picked in the file chooser, answered at once. From the file input's change event to the frame showing the preview; from the Import click to the frame showing "imported" (the save is one transaction merging the minutes into the corpus tables). Median ms (min–max).`,
    '',
    table(['file', 'size', 'remarks', 'chosen → preview, cold', 'chosen → preview, warm', 'Import → saved'], rows),
  ].join('\n');
  console.log(`\n${section}\n`);
  if (other || ONLY)
    console.log(`(measured ${other ?? 'the current build'}${ONLY ? `, ${ONLY.join(', ')} only` : ''}; RESULTS.md left as it was)`);
  else writeResults(section);
} finally {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Replaces section (g) of bench/RESULTS.md, or adds it at the end. */
function writeResults(section: string): void {
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const start = old.indexOf(HEADING);
  const next = start < 0 ? -1 : old.indexOf('\n## ', start + HEADING.length);
  const before = start < 0 ? old.trimEnd() : old.slice(0, start).trimEnd();
  const after = next < 0 ? '' : old.slice(next).trimEnd();
  writeFileSync(RESULTS, `${before}\n\n${section}\n${after ? `${after}\n` : ''}`);
  console.log(`written to ${RESULTS}`);
}
