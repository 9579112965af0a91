import type { Corpus } from '../corpus/types';
import type { EntityRef } from '../corpus/views';
import { buildAutomaton, type AutomatonData } from './automaton';
import { buildPatternSpecs, type TitleData } from './patterns';

/** The build-time product (`.generated/patterns.json`): every surface form and one automaton over all of them. */
export interface CompiledPatterns {
  /** the corpus version the patterns were built from */
  version: string;
  dataDate?: string;
  /** each distinct entity once; patterns point into this table */
  refs: EntityRef[];
  patterns: { text: string; refs: number[]; flags: number }[];
  automaton: AutomatonData;
}

export function compilePatterns(corpus: Corpus, titles?: TitleData): CompiledPatterns {
  const specs = buildPatternSpecs(corpus, titles);
  const refs: EntityRef[] = [];
  const refIndex = new Map<string, number>();
  const indexOf = (ref: EntityRef) => {
    const key = `${ref.kind}:${ref.id}`;
    let index = refIndex.get(key);
    if (index === undefined) {
      index = refs.push(ref) - 1;
      refIndex.set(key, index);
    }
    return index;
  };
  return {
    version: corpus.version,
    dataDate: corpus.dataDate,
    refs,
    patterns: specs.map((spec) => ({ text: spec.text, refs: spec.refs.map(indexOf), flags: spec.flags })),
    automaton: buildAutomaton(specs.map((spec) => spec.text)),
  };
}
