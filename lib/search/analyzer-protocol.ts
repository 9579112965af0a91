import type { AnalyzedWord } from './types';

/** Messages between the side panel and the kuromoji worker (entrypoints/sidepanel/analyzer.worker.ts). */
export type ToAnalyzer = { type: 'load' } | { type: 'analyse'; id: number; chunks: string[] };

export type FromAnalyzer =
  /** the tokenizer is built; `ms` is how long the dictionary took to load */
  { type: 'ready'; ms: number } | { type: 'failed'; message: string } | { type: 'analysed'; id: number; words: AnalyzedWord[] };
