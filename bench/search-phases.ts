/**
 * Where a side-panel search spends its time, in Node, on the corpus ×100 (12,600 remarks, bench/gen-corpus.ts): for the
 * latency benchmark's 12 queries, the query's planning (names, analysis against the vocabulary, expansion, fuzzy
 * neighbours), the search itself (lookups, scoring, facets, ordering), the first page's positions for marking, and the
 * suggestions the panel computes when a query finds nothing or no full match. "cold" is a query's first run on a fresh
 * index (the lookup cache empty, as for a query first typed in the panel), "warm" the median of the runs after it.
 * Prints figures and the load average; asserts nothing.
 *
 *   tsx bench/search-phases.ts [rounds=7] [factor=100]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import { buildClauses, prepareQuery } from '../lib/search/plan';
import { search } from '../lib/search/search';
import { buildSearchIndex } from '../lib/search/search-index';
import { suggest } from '../lib/search/suggest';
import { planWithVocabulary, vocabularyAnalysis } from '../lib/search/vocab-analysis';
import { enlargeCorpus } from './gen-corpus';
import { SEARCH_QUERIES } from './search-queries';

const PAGE = 30;
const rounds = Number(process.argv[2] ?? 7);
const factor = Number(process.argv[3] ?? 100);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const corpus = enlargeCorpus(JSON.parse(readFileSync(join(import.meta.dirname, '../public/corpus.json'), 'utf8')) as Corpus, factor);
console.log(`load average at the start: ${load()}`);
const built = buildSearchIndex(corpus);
const norms = corpus.remarks.map((r) => built.byId.get(r.id)?.norm ?? '');
const parts = { words: built.text.words, postings: built.text.postings, counts: built.text.counts };

type Phase = 'plan' | 'search' | 'page' | 'suggest';
const phases: Phase[] = ['plan', 'search', 'page', 'suggest'];
const times = new Map(
  SEARCH_QUERIES.map((q) => [q, { cold: [] as Record<Phase, number>[], warm: [] as Record<Phase, number>[], hits: 0 }]),
);
for (let round = 0; round < rounds; round++) {
  // A fresh index from the same parts, as a reopened panel has it; what the panel does before the first query
  // (facet tables, on the empty query's render; the fuzzy vocabulary, when idle) is done first.
  const index = buildSearchIndex(corpus, norms, parts);
  search(index, []);
  index.fuzzy();
  const analyse = vocabularyAnalysis(index);
  const plan = planWithVocabulary(index);
  for (const q of SEARCH_QUERIES) {
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      const prepared = prepareQuery(q, index);
      const clauses = buildClauses(prepared, analyse(prepared.chunks), index);
      const t1 = performance.now();
      const result = search(index, clauses);
      const t2 = performance.now();
      for (const h of result.first(PAGE)) void h.occurrences;
      const t3 = performance.now();
      if (result.count === 0 || (clauses.length > 1 && result.full === 0)) suggest(index, clauses, result, {}, plan);
      const t4 = performance.now();
      const entry = times.get(q)!;
      entry.hits = result.count;
      (run === 0 ? entry.cold : entry.warm).push({ plan: t1 - t0, search: t2 - t1, page: t3 - t2, suggest: t4 - t3 });
    }
  }
}

const fmt = (xs: Record<Phase, number>[]) => phases.map((p) => median(xs.map((x) => x[p])).toFixed(1)).join(' / ');
console.log(`corpus ×${factor}: ${built.docs.length} remarks, ${built.text.words.length} vocabulary runs; ${rounds} rounds`);
console.log('| query | results | cold: plan / search / page / suggest, ms (median) | warm: the same |');
console.log('|---|---:|---:|---:|');
for (const [q, t] of times) console.log(`| ${q} | ${t.hits} | ${fmt(t.cold)} | ${fmt(t.warm)} |`);
const total = (x: Record<Phase, number>) => x.plan + x.search;
const cold = [...times.values()].flatMap((t) => t.cold.map(total));
const all = [...times.values()].flatMap((t) => [...t.cold, ...t.warm].map(total));
console.log(`plan + search, as the panel's data-ms: cold p50 ${median(cold).toFixed(1)} p95 ${p95(cold).toFixed(1)} ms;`);
console.log(`  in the latency benchmark's mix (1 cold, 4 warm runs a query): p50 ${median(all).toFixed(1)} p95 ${p95(all).toFixed(1)} ms`);
console.log(`load average at the end: ${load()}`);
