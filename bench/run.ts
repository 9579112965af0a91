/**
 * `npm run bench`: builds the extension, then measures it in Chromium and writes bench/RESULTS.md. Prints figures;
 * asserts nothing. Parts: (a) highlighting a 1 MB page against mark.js, (b) a page that keeps changing, (c) the
 * popover, (d) side-panel search on the corpus and on ones 10 and 100 times larger, (e) install time, sizes and heap.
 * `BENCH_ONLY=d` measures and prints part (d) alone and leaves RESULTS.md as it is.
 *
 * It measures a copy of the build (taken under the build lock, so a concurrent build cannot swap files mid-run) and
 * runs each larger corpus's search in a process of its own: the e2e harness binds to one extension folder per process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type SearchResult, enlargedExtension } from './search-latency';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');

if (process.argv[2] === '--search') {
  const { measureSearch } = await import('./search-latency');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.argv[4], JSON.stringify(await measureSearch(process.argv[3])));
} else {
  mkdirSync(OUT, { recursive: true });
  const extensionDir = join(OUT, 'ext');
  const patternsFile = join(OUT, 'patterns.json');
  execFileSync(
    'flock',
    [
      '/tmp/build.lock',
      'sh',
      '-c',
      `rm -rf "${extensionDir}" && cp -r .output/chrome-mv3 "${extensionDir}" && cp .generated/patterns.json "${patternsFile}"`,
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const enlarged = [10, 100].map((factor) => {
    const dir = join(OUT, `ext-${factor}x`);
    return { factor, dir, ...enlargedExtension(extensionDir, dir, factor) };
  });
  process.env.MINUTES_LENS_EXTENSION = extensionDir;
  const { runSuite, searchPart } = await import('./suite');
  const search = {
    extensionDir,
    remarks: enlarged[0].remarks,
    enlarged: enlarged.map(({ factor, dir, enlarged: remarks }) => ({ factor, dir, remarks })),
    searchIn: (dir: string) => {
      const file = join(OUT, `search-${basename(dir)}.json`);
      execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--search', dir, file], { stdio: 'inherit' });
      return JSON.parse(readFileSync(file, 'utf8')) as SearchResult;
    },
  };
  if (process.env.BENCH_ONLY === 'd') console.log(`\n${await searchPart(search)}`);
  else await runSuite({ ...search, patternsFile, outDir: OUT, resultsFile: join(ROOT, 'bench/RESULTS.md') });
}
