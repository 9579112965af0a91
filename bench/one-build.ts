import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import { compilePatterns } from '../lib/recognize/compile';
import { writeHighlightPages } from './pages';

/**
 * What the benches run against one build folder share: the harness pointed at that build (it reads the folder when
 * first imported, hence the dynamic imports after setting it), the highlight pages written from the build's own corpus
 * into `out/<pagesFolder>`, the page probe, and a server for the pages.
 */
export async function oneBuild(extensionDir: string, pagesFolder: string) {
  process.env.MINUTES_LENS_EXTENSION = extensionDir;
  const { launch } = await import('../tests/e2e/harness');
  const { startFixtureServer } = await import('../tests/e2e/server');
  const corpus = JSON.parse(readFileSync(join(extensionDir, 'corpus.json'), 'utf8')) as Corpus;
  const dir = join(import.meta.dirname, 'out', pagesFolder);
  const pages = writeHighlightPages(dir, corpus, compilePatterns(corpus));
  const probe = readFileSync(join(import.meta.dirname, 'page-probe.js'), 'utf8');
  const server = await startFixtureServer(dir);
  return { launch, pages, probe, server };
}
