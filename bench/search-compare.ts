/**
 * Whether a change to the engine changes what search returns: runs a fixed set of queries (the latency benchmark's,
 * the judged set's and some edge cases) × the three orders × three filter sets on the bundled corpus and on the corpus
 * ×10 (bench/gen-corpus.ts), and the latency benchmark's queries on the corpus ×100, and records per case the clauses,
 * every hit (remark id, clauses matched, score), the first 40 hits' occurrences and the facets. The first run writes
 * FILE; later runs compare with it and print the cases that differ.
 *
 *   tsx bench/search-compare.ts /tmp/golden.json     # before the change: writes
 *   tsx bench/search-compare.ts /tmp/golden.json     # after: compares
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import { planQuery } from '../lib/search/plan';
import { search } from '../lib/search/search';
import { buildSearchIndex } from '../lib/search/search-index';
import { vocabularyAnalysis } from '../lib/search/vocab-analysis';
import type { SearchFilters, SortOrder } from '../lib/search/types';
import { enlargeCorpus } from './gen-corpus';
import { SEARCH_QUERIES } from './search-queries';

const root = join(import.meta.dirname, '..');
const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/search-compare.ts FILE.json');
const qrels = JSON.parse(readFileSync(join(root, 'bench/search-qrels.json'), 'utf8')) as { q: string }[];
const extra = [
  's m e',
  'ISAC',
  'OT セキュリティ',
  '中堅・中小企業',
  '官も民',
  'サイバー 防御 強化 情報',
  '"情報 共有"',
  'AI',
  'murai',
  '2023年',
];
const typos = ['サイバセキュリティ', '中小起業', 'ランサムウエア'];
const queries = ['', ...new Set([...SEARCH_QUERIES, ...qrels.map((q) => q.q), ...extra, ...typos])];
const base = JSON.parse(readFileSync(join(root, 'public/corpus.json'), 'utf8')) as Corpus;
const sorts: SortOrder[] = ['relevance', 'newest', 'oldest'];
const filterSets: SearchFilters[] = [{}, { from: '2023-01-01' }, { speakers: ['p-murai-jun'] }];

const out: Record<string, unknown> = {};
for (const factor of [1, 10, 100]) {
  const corpus = factor === 1 ? base : enlargeCorpus(base, factor);
  const index = buildSearchIndex(corpus);
  const analyse = vocabularyAnalysis(index);
  const asked = factor === 100 ? ['', ...SEARCH_QUERIES] : queries;
  for (const q of asked)
    for (const sort of sorts)
      for (const filters of factor === 100 ? [{}] : filterSets) {
        const clauses = planQuery(q, index, analyse);
        const r = search(index, clauses, { sort, filters });
        out[`${factor}|${sort}|${JSON.stringify(filters)}|${q}`] = {
          clauses: clauses.map((c) => [c.label, c.alternatives.map((a) => `${a.text}:${a.via}`)]),
          n: r.hits.length,
          counts: r.clauseCounts,
          live: r.live,
          ids: r.hits.map((h) => `${h.doc.remark.id}:${h.matched}:${h.score.toFixed(6)}`),
          occ: r.hits.slice(0, 40).map((h) => JSON.stringify(h.occurrences)),
          facets: JSON.stringify(r.facets),
        };
      }
}
if (!existsSync(file)) {
  writeFileSync(file, JSON.stringify(out));
  console.log('written', Object.keys(out).length, 'cases to', file);
} else {
  const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  let diffs = 0;
  for (const k of Object.keys(old)) {
    const now = out[k] as Record<string, unknown> | undefined;
    if (JSON.stringify(old[k]) === JSON.stringify(now)) continue;
    if (++diffs > 8) continue;
    console.log('DIFF', k);
    for (const f of Object.keys(old[k]))
      if (JSON.stringify(old[k][f]) !== JSON.stringify(now?.[f]))
        console.log('  field', f, JSON.stringify(old[k][f]).slice(0, 300), '\n   ->', JSON.stringify(now?.[f]).slice(0, 300));
  }
  console.log('compared', Object.keys(old).length, 'cases; differing:', diffs);
  if (diffs > 0) process.exitCode = 1;
}
