/**
 * Relevance evaluation of the search engine against a judged set (bench/search-qrels.json): for each query, the remark
 * ids a reader judged relevant by reading the remarks; an empty list is a query that should find nothing.
 *
 * - P@5: relevant among the first five, over min(5, number relevant), so a query with two relevant remarks that ranks
 *   both first scores 1 (plain P@5 caps such a query at 0.4; it is printed too).
 * - R@20: relevant among the first twenty over all relevant.
 * - MRR: 1 / rank of the first relevant result (0 when none is returned).
 * Queries that should find nothing are not averaged; they pass when the engine returns no result at all.
 */

export interface Judged {
  q: string;
  relevant: string[];
  kind?: string;
}

export interface QueryScore {
  q: string;
  kind?: string;
  returned: number;
  /** null for a query that should find nothing */
  p5: number | null;
  p5plain: number | null;
  r20: number | null;
  rr: number | null;
  /** relevant remarks not in the first twenty, and non-relevant ones in the first five */
  missed: string[];
  wrongTop: string[];
}

export function scoreQuery(judged: Judged, ranked: readonly string[]): QueryScore {
  const rel = new Set(judged.relevant);
  if (rel.size === 0) {
    return {
      q: judged.q,
      kind: judged.kind,
      returned: ranked.length,
      p5: null,
      p5plain: null,
      r20: null,
      rr: null,
      missed: [],
      wrongTop: ranked.slice(0, 5),
    };
  }
  const top5 = ranked.slice(0, 5);
  const top20 = new Set(ranked.slice(0, 20));
  const hits5 = top5.filter((id) => rel.has(id)).length;
  const first = ranked.findIndex((id) => rel.has(id));
  return {
    q: judged.q,
    kind: judged.kind,
    returned: ranked.length,
    p5: hits5 / Math.min(5, rel.size),
    p5plain: hits5 / 5,
    r20: judged.relevant.filter((id) => top20.has(id)).length / rel.size,
    rr: first === -1 ? 0 : 1 / (first + 1),
    missed: judged.relevant.filter((id) => !top20.has(id)),
    wrongTop: top5.filter((id) => !rel.has(id)),
  };
}

export interface EvalSummary {
  p5: number;
  p5plain: number;
  r20: number;
  mrr: number;
  /** queries with relevant remarks */
  n: number;
  /** queries that should find nothing, and how many of them did */
  emptyQueries: number;
  emptyOk: number;
}

export function summarize(scores: readonly QueryScore[]): EvalSummary {
  const judged = scores.filter((s) => s.p5 !== null);
  const mean = (f: (s: QueryScore) => number) => judged.reduce((sum, s) => sum + f(s), 0) / Math.max(1, judged.length);
  const empty = scores.filter((s) => s.p5 === null);
  return {
    p5: mean((s) => s.p5!),
    p5plain: mean((s) => s.p5plain!),
    r20: mean((s) => s.r20!),
    mrr: mean((s) => s.rr!),
    n: judged.length,
    emptyQueries: empty.length,
    emptyOk: empty.filter((s) => s.returned === 0).length,
  };
}

export function formatScore(s: QueryScore): string {
  if (s.p5 === null)
    return `${s.returned === 0 ? 'ok  ' : 'FAIL'} ${s.q} → ${s.returned} results (should be none)${s.returned ? ': ' + s.wrongTop.join(' ') : ''}`;
  const extra = [
    s.missed.length ? `missed ${s.missed.join(' ')}` : '',
    s.wrongTop.length ? `top-5 not relevant ${s.wrongTop.join(' ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return `P@5 ${s.p5.toFixed(2)} R@20 ${s.r20!.toFixed(2)} RR ${s.rr!.toFixed(2)} ${s.q} (${s.returned} results)${extra ? ' — ' + extra : ''}`;
}

/** The last line of the report, in the form the issue fixes. */
export function formatSummary(s: EvalSummary): string {
  return `P@5 ${s.p5.toFixed(2)} R@20 ${s.r20.toFixed(2)} MRR ${s.mrr.toFixed(2)} (${s.n} queries; plain P@5 ${s.p5plain.toFixed(2)}; ${s.emptyOk} of ${s.emptyQueries} should-be-empty queries empty)`;
}
