import type { Corpus } from '../lib/corpus/types';
import { loadNodeTokenizer } from '../lib/people/node-tokenizer';
import { contentWords } from '../lib/search/analyze';
import { planQuery } from '../lib/search/plan';
import { search } from '../lib/search/search';
import { buildSearchIndex } from '../lib/search/search-index';
import type { AnalyzedWord } from '../lib/search/types';
import { vocabularyAnalysis } from '../lib/search/vocab-analysis';

/**
 * The engine as the side panel runs it, in Node: ranked remark ids for a query, default settings. The panel analyses
 * queries against the corpus's vocabulary (lib/search/vocab-analysis.ts); `kuromoji` runs the dictionary analyser the
 * panel used before, for comparison.
 */
export async function nodeSearcher(corpus: Corpus, analysis: 'vocabulary' | 'kuromoji' = 'vocabulary'): Promise<(q: string) => string[]> {
  const index = buildSearchIndex(corpus);
  let analyse: (chunks: readonly string[]) => AnalyzedWord[];
  if (analysis === 'kuromoji') {
    const tokenizer = await loadNodeTokenizer();
    analyse = (chunks) => chunks.flatMap((c) => contentWords(tokenizer.tokenize(c)));
  } else analyse = vocabularyAnalysis(index);
  return (q) => search(index, planQuery(q, index, analyse)).hits.map((h) => h.doc.remark.id);
}
