import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * Size budgets of the built extension (run after `npm run build`, as `npm test` does). Every file the browser loads as
 * code, style or data belongs to a budget; a budget is the sum of its files' bytes. A bundle that grows past its budget
 * fails here, and so does a new file no budget covers (give it one below, deliberately).
 *
 * Budgets sit a little above the sizes of 29 November 2026, the content script's tightest of all: it runs in every
 * frame of every page, so it holds only the switches, the pre-filter and the watch for a first candidate (no patterns,
 * automaton, highlighting or React); the lens and the popover's UI are files of their own, injected on first need.
 */

const KB = 1000;
const EXTENSION_DIR = resolve(process.env.MINUTES_LENS_EXTENSION ?? join(import.meta.dirname, '../../.output/chrome-mv3'));

interface Budget {
  name: string;
  bytes: number;
  /** the files it covers, relative to the build */
  files: () => string[];
}

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[]; css?: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
}

const read = (path: string) => readFileSync(join(EXTENSION_DIR, path), 'utf8');
const manifest = () => JSON.parse(read('manifest.json')) as Manifest;
const contentScripts = () => manifest().content_scripts ?? [];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** An extension page and what it loads up front: its scripts, the chunks it preloads, its style sheets. */
function page(html: string): string[] {
  const text = read(html);
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+)"/g)].map((m) => m[1]);
  return [html, ...refs.filter((ref) => !/^[a-z]+:/.test(ref))];
}

const matching = (pattern: RegExp) => () =>
  walk(EXTENSION_DIR)
    .map((f) => relative(EXTENSION_DIR, f).split('\\').join('/'))
    .filter((f) => pattern.test(f));

const BUDGETS: Budget[] = [
  {
    name: 'content script',
    // 804.6 kB on 29 November 2026 before lean recognition; 22.7 kB after (with coreference); 11.5 kB as a gate; 12.8 kB
    // adopting the highlight sheet while the page is parsed (page-sheet.ts); 14.9 kB with the watch over its frames (which
    // replaced the 3.9 kB frames' watch declared in every frame); 16.0 kB with the bundled corpus's pre-filter (3.8 kB)
    // and page-highlight.css, without WXT's content-script runtime and the page sheet (the data replaces a question to the
    // background on every page: evaluating the script now costs less than before, not more); 17.3 kB handing its first
    // reading of the page to the lens (candidates.ts FirstRead), which reads on instead of walking the page again; 19.4 kB
    // with a first look at the page's text that touches no element (text-look.ts: a quiet page's heap 0.35 → 0.29 MB);
    // 20.45 kB reading a paragraph's text in one read where the paragraph is all its element's (text-blocks.ts `whole`)
    bytes: 21 * KB,
    files: () => contentScripts().flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  },
  // 131.2 kB; 149 kB with the recognizer (pattern compiler, automaton, binary form) moved into it; 172.7 kB with the
  // title kinds, spelling variants and the import-aware corpus snapshot it is built from
  { name: 'background', bytes: 185 * KB, files: () => [manifest().background?.service_worker ?? 'background.js'] },
  // 0.6 kB: registered for every page only while imported minutes add patterns (entrypoints/background/gate-flag.ts)
  { name: 'ask-first flag', bytes: 1 * KB, files: () => ['ask-first.js'] },
  // 17.5 kB; 19.7 kB with viewport painting by measured positions; 23.9 kB with mentions whose ranges are made on first
  // need (scanned-mention.ts); injected once a frame's text passes the pre-filter
  { name: 'lens', bytes: 26 * KB, files: () => ['lens-session.js'] },
  { name: 'popover UI', bytes: 260 * KB, files: () => ['lens-popover.js'] }, // 234.6 kB, injected into a frame on first hover
  { name: 'popup', bytes: 370 * KB, files: () => page('popup.html') }, // 336.6 kB (its chunk and the shared React chunk)
  // 484.7 kB with the import view, saved remarks and the search index (the kuromoji query worker is gone)
  { name: 'side panel', bytes: 500 * KB, files: () => page('sidepanel.html') },
  { name: 'import worker', bytes: 180 * KB, files: matching(/^assets\/import\.worker-[\w-]+\.js$/) }, // 164.7 kB
  // pdf.js and its worker: loaded on the first PDF import only (1,566 kB)
  { name: 'PDF reader', bytes: 1_650 * KB, files: matching(/^(chunks\/pdf-[\w-]+\.js|assets\/pdf\.worker-[\w-]+\.js)$/) },
  { name: 'PDF character maps', bytes: 1_250 * KB, files: matching(/^pdfjs\//) }, // 1,182 kB
  { name: 'corpus.json', bytes: 250 * KB, files: () => ['corpus.json'] }, // 224.6 kB
  { name: 'kuromoji dictionary', bytes: 18_500 * KB, files: matching(/^dict\//) }, // 17.8 MB
  { name: 'icons, manifest and locales', bytes: 30 * KB, files: matching(/^(icon\/|_locales\/|manifest\.json$)/) }, // 21.4 kB
];

function measure() {
  return BUDGETS.map((b) => {
    const files = [...new Set(b.files())];
    const bytes = files.reduce((sum, f) => sum + statSync(join(EXTENSION_DIR, f)).size, 0);
    const gzip = files.reduce((sum, f) => sum + (f.startsWith('dict/') ? 0 : gzipSync(readFileSync(join(EXTENSION_DIR, f))).length), 0);
    return { ...b, files, size: bytes, gzip };
  });
}

describe('size budgets of the built extension', () => {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    it('needs a build', () => {
      throw new Error(`The extension is not built (${EXTENSION_DIR}/manifest.json is missing). Run "npm run build" first.`);
    });
    return;
  }
  const measured = measure();

  it('prints the sizes', () => {
    const kb = (n: number) => `${(n / KB).toFixed(1)} kB`.padStart(11);
    const lines = measured.map(
      (m) =>
        `${m.name.padEnd(20)} ${kb(m.size)} of ${kb(m.bytes)} (${((100 * m.size) / m.bytes).toFixed(0).padStart(3)}%)` +
        `${m.gzip ? `, gzip ${kb(m.gzip)}` : ''}  ${m.files.length > 3 ? `${m.files.length} files` : m.files.join(' ')}`,
    );
    console.log(`bundle sizes (${EXTENSION_DIR}):\n${lines.join('\n')}`);
    expect(measured.every((m) => m.files.length > 0)).toBe(true);
  });

  it.each(BUDGETS.map((b) => b.name))('%s stays within its budget', (name) => {
    const m = measured.find((x) => x.name === name)!;
    expect(m.files.length, `no files found for ${name}`).toBeGreaterThan(0);
    expect(m.size, `${name}: ${m.size} bytes, budget ${m.bytes} (${m.files.join(', ')})`).toBeLessThanOrEqual(m.bytes);
  });

  it('declares no script in frames (each gate asks for its frames as they show: entrypoints/content/frame-watch.ts)', () => {
    expect(contentScripts().length).toBe(1);
    expect(contentScripts().filter((c) => c.all_frames || c.match_about_blank)).toEqual([]);
  });

  it('has a budget for every file of the build', () => {
    const covered = new Set(measured.flatMap((m) => m.files));
    const all = matching(/./)();
    expect(all.filter((f) => !covered.has(f))).toEqual([]);
  });
});
