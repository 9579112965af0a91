/**
 * `npm run corpus` (run before every build): parses every file in `seeds/` into `public/corpus.json`, the corpus the
 * extension bundles. Prints a summary and the diagnostics to stderr; fails only when no meeting could be parsed.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildCorpus } from '../lib/parse/build-corpus';
import { formatDiagnostic } from '../lib/parse/diagnostics';
import { readSources } from '../lib/parse/node-sources';
import { loadNodeTokenizer } from '../lib/people/node-tokenizer';
import { extractTerms } from '../lib/terms/extract-terms';
import { withTermReadings } from '../lib/lookup/term-readings';

const root = join(import.meta.dirname, '..');
const seeds = join(root, 'seeds');
const paths = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(seeds, f));
const { sources, diagnostics } = readSources(paths, (p) => basename(p));
const tokenizer = await loadNodeTokenizer();
const { corpus, diagnostics: more } = await buildCorpus(sources, { tokenizer, terms: (c) => extractTerms(c, tokenizer) });
// Kana readings of term labels let the popup find 能動的サイバー防御 by のうどう or noudou.
corpus.terms = withTermReadings(tokenizer, corpus.terms);
for (const d of [...diagnostics, ...more]) if (d.severity !== 'info') console.error(formatDiagnostic(d));
if (corpus.meetings.length === 0) {
  console.error('corpus: nothing could be parsed from seeds/');
  process.exit(1);
}
mkdirSync(join(root, 'public'), { recursive: true });
writeFileSync(join(root, 'public', 'corpus.json'), JSON.stringify(corpus));
console.error(
  `corpus ${corpus.version} (data as of ${corpus.dataDate}): ${corpus.meetings.length} meetings, ${corpus.people.length} people, ` +
    `${corpus.remarks.length} remarks, ${corpus.terms.length} terms → public/corpus.json`,
);
