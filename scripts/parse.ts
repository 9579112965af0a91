/**
 * `npm run parse -- FILE...`: parses minutes files and prints one Corpus JSON to stdout, diagnostics to stderr.
 * Exits non-zero only when nothing could be parsed.
 */
import { buildCorpus } from '../lib/parse/build-corpus';
import { formatDiagnostic } from '../lib/parse/diagnostics';
import { readSources } from '../lib/parse/node-sources';
import { loadNodeTokenizer } from '../lib/people/node-tokenizer';
import { basename } from 'node:path';
import { extractTerms } from '../lib/terms/extract-terms';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run parse -- FILE...');
  process.exit(2);
}
const { sources, diagnostics } = readSources(paths, (p) => basename(p));
const tokenizer = await loadNodeTokenizer();
const built = await buildCorpus(sources, { tokenizer, terms: (c) => extractTerms(c, tokenizer) });
for (const d of [...diagnostics, ...built.diagnostics]) console.error(formatDiagnostic(d));
process.stdout.write(JSON.stringify(built.corpus, null, 2) + '\n');
if (built.corpus.meetings.length === 0) {
  console.error('nothing could be parsed');
  process.exitCode = 1;
}
