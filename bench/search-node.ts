import type { Corpus } from '../lib/corpus/types';
import { loadNodeTokenizer } from '../lib/people/node-tokenizer';
import { contentWords } from '../lib/search/analyze';
import { planQuery } from '../lib/search/plan';
import { search } from '../lib/search/search';
import { buildSearchIndex } from '../lib/search/search-index';

/** The engine as the side panel runs it, in Node: ranked remark ids for a query, default settings. */
export async function nodeSearcher(corpus: Corpus): Promise<(q: string) => string[]> {
  const tokenizer = await loadNodeTokenizer();
  const index = buildSearchIndex(corpus);
  const analyse = (chunks: readonly string[]) => chunks.flatMap((c) => contentWords(tokenizer.tokenize(c)));
  return (q) => search(index, planQuery(q, index, analyse)).hits.map((h) => h.doc.remark.id);
}
