/**
 * `npm run eval:search -- QRELS.json [corpus.json] [--kuromoji]`: runs every judged query through the real search engine
 * with the panel's default settings (relevance order, no filter, the same query analysis) in Node, prints one line per
 * query and, last, `P@5 x.xx R@20 x.xx MRR x.xx (N queries …)`. See lib/search/eval.ts for the measures. `--kuromoji`
 * analyses queries with the dictionary analyser instead of the corpus vocabulary, for comparison.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import { type Judged, formatScore, formatSummary, scoreQuery, summarize } from '../lib/search/eval';
import { nodeSearcher } from './search-node';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const qrelsPath = args[0] ?? join(root, 'bench/search-qrels.json');
const corpusPath = args[1] ?? join(root, 'public/corpus.json');
const qrels = JSON.parse(readFileSync(qrelsPath, 'utf8')) as Judged[];
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as Corpus;
const run = await nodeSearcher(corpus, process.argv.includes('--kuromoji') ? 'kuromoji' : 'vocabulary');
const scores = qrels.map((j) => scoreQuery(j, run(j.q)));
for (const s of scores) console.log(formatScore(s));
console.log(formatSummary(summarize(scores)));
