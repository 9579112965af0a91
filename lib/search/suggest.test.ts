import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus/types';
import { search } from './search';
import { buildSearchIndex } from './search-index';
import { suggest } from './suggest';
import { planWithVocabulary } from './vocab-analysis';

const corpusPath = fileURLToPath(new URL('../../public/corpus.json', import.meta.url));

describe.skipIf(!existsSync(corpusPath))("the panel's suggestions (the bundled corpus)", () => {
  const index = buildSearchIndex(JSON.parse(readFileSync(corpusPath, 'utf8')) as Corpus);
  const plan = planWithVocabulary(index);

  // サイバー攻撃対処能力 is one word to plain analysis and サイバー攻撃 / 対処 / 能力 to the corpus's vocabulary: planned
  // apart, "drop 宇宙" counted 3 remarks and following it found 4.
  it.each(['サイバー攻撃対処能力 宇宙', '取引先を経由した攻撃', '量子暗号通信 中小企業', '情報共有 火星'])(
    'count, for %s, what following them finds',
    (query) => {
      const clauses = plan(query);
      const found = search(index, clauses, {});
      const suggestions = suggest(index, clauses, found, {}, plan);
      expect(suggestions.length).toBeGreaterThan(0);
      for (const s of suggestions) {
        const followed = search(index, plan(s.query), {});
        // drop a word: the remarks that hold every word left; a closer word: every remark found
        expect([s.query, s.count]).toEqual([s.query, s.kind === 'drop-word' ? followed.full : followed.count]);
      }
    },
  );
});
