import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeSearcher } from '../../bench/search-node';
import type { Corpus } from '../corpus/types';
import { type Judged, formatScore, formatSummary, scoreQuery, summarize } from './eval';

const corpusPath = fileURLToPath(new URL('../../public/corpus.json', import.meta.url));
const qrels = JSON.parse(readFileSync(new URL('../../bench/search-qrels.json', import.meta.url), 'utf8')) as Judged[];

describe('scoring one query', () => {
  it('scores P@5 over the relevant remarks when fewer than five, R@20 and reciprocal rank', () => {
    const s = scoreQuery({ q: 'x', relevant: ['a', 'b'] }, ['z', 'a', 'y', 'b']);
    expect([s.p5, s.p5plain, s.r20, s.rr]).toEqual([1, 0.4, 1, 0.5]);
  });

  it('passes a query that should find nothing only when nothing is returned', () => {
    expect(summarize([scoreQuery({ q: 'x', relevant: [] }, [])]).emptyOk).toBe(1);
    expect(summarize([scoreQuery({ q: 'x', relevant: [] }, ['a'])]).emptyOk).toBe(0);
  });
});

// The bundled corpus is written by `npm run corpus` (part of every build; `npm test` builds first).
describe.skipIf(!existsSync(corpusPath))('relevance on the judged set (bench/search-qrels.json)', () => {
  it('reaches P@5 ≥ 0.75, R@20 ≥ 0.80 and MRR ≥ 0.95, with nothing found for the queries that should find nothing', async () => {
    const run = await nodeSearcher(JSON.parse(readFileSync(corpusPath, 'utf8')) as Corpus);
    const scores = qrels.map((j) => scoreQuery(j, run(j.q)));
    const summary = summarize(scores);
    // Printed so CI logs show the figures (npm run eval:search prints the same).
    console.log(scores.map(formatScore).join('\n') + '\n' + formatSummary(summary));
    expect(summary.n).toBeGreaterThanOrEqual(30);
    expect(summary.p5).toBeGreaterThanOrEqual(0.75);
    expect(summary.r20).toBeGreaterThanOrEqual(0.8);
    expect(summary.mrr).toBeGreaterThanOrEqual(0.95);
    expect(summary.emptyOk).toBe(summary.emptyQueries);
  }, 120_000);
});
