import type { SearchIndex } from './search-index';
import { runsOf } from './text-index';

/**
 * "More like this": the words that set a remark apart, as a query. Words are the remark's own runs of kanji (two
 * characters or more), katakana and Latin letters (three or more), weighed by how often the remark uses them times how
 * rare they are in the corpus (tf·idf); words in more than a quarter of all remarks (サイバー, セキュリティ) say nothing
 * about this one. The query runs with partial matching, so remarks sharing most of these words come first.
 */
const KANJI = /^[\u4E00-\u9FFF\u3400-\u4DBF々]{2,}$/u;
const KATAKANA = /^[\u30A1-\u30FAー]{3,}$/u;
const LATIN = /^[a-z][a-z0-9]{2,}$/;
const TOO_COMMON = 0.25;
/** Words of the minutes' own procedure and of any policy text, which never tell one remark from another. */
const GENERIC = new Set(
  '方々 対象 組織 問題 範囲 方向性 生活 観点 必要 重要 取組 検討 我が国 政府 今後 今回 現在 関係 意味 部分 状況 場合 全体 具体的 一方 他方 非常 本日 先ほど 一つ 自身 以上 程度 時代 段階 指摘 意見 議論 考え 理解 認識 期待 推進 強化 実施 対応 確保 発言 説明 資料 会合 本部 委員 大臣 ページ ケース レベル ポイント'.split(
    ' ',
  ),
);

function salientWords(index: SearchIndex, remarkId: string, max = 5): string[] {
  const doc = index.byId.get(remarkId);
  if (!doc) return [];
  const tf = new Map<string, number>();
  for (const run of runsOf(doc.norm)) {
    if (GENERIC.has(run) || (!KANJI.test(run) && !KATAKANA.test(run) && !LATIN.test(run))) continue;
    tf.set(run, (tf.get(run) ?? 0) + 1);
  }
  const n = index.docs.length;
  const scored = [...tf]
    .map(([word, count]) => {
      const df = Math.max(1, index.text.documentFrequency(word));
      // A word no other remark uses finds only this one: it counts half.
      const shared = index.text.documentFrequency(word) > 1 ? 1 : 0.5;
      return {
        word,
        score: df / n > TOO_COMMON ? 0 : shared * (1 + Math.log(count)) * Math.log(n / df) * Math.min(1, [...word].length / 3),
      };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, max).map((x) => x.word);
}

export function moreLikeThisQuery(index: SearchIndex, remarkId: string): string {
  return salientWords(index, remarkId).join(' ');
}
