import type { Corpus, Remark } from '../../corpus/types';
import { smallCorpus } from '../../db/testing/small-corpus';
import { planQuery } from '../plan';
import { search, type SearchOptions } from '../search';
import { type SearchIndex, buildSearchIndex } from '../search-index';

/** The shared small test corpus plus remarks that tell AND from OR, phrases from words, and typos from words. */
function searchCorpus(): Corpus {
  const corpus = smallCorpus();
  const extra: Remark[] = [
    { id: 'hq-036-r4', meetingId: 'hq-036', order: 4, section: '討議', speakerId: 'p-nakatani-kazuhiro', speakerLabel: '中谷本部員', text: '中小企業への支援を拡充すべきだ。' },
    { id: 'hq-036-r5', meetingId: 'hq-036', order: 5, section: '討議', speakerId: 'p-murata-takashi', speakerLabel: '村田危機管理監', text: 'ランサムウェア対策を強化する。サイバーセキュリティの確保が重要インフラの前提である。' },
  ];
  return { ...corpus, remarks: [...corpus.remarks, ...extra] };
}

export function searchIndex(): SearchIndex {
  return buildSearchIndex(searchCorpus());
}

/** Ids of the remarks a query finds with plain (space-split) analysis, in result order. */
export function find(index: SearchIndex, query: string, options?: SearchOptions): string[] {
  return search(index, planQuery(query, index), options).hits.map((h) => h.doc.remark.id);
}
