/** The queries the search benchmarks time (bench/search-latency.ts in the panel, bench/search-phases.ts in Node). */
export const SEARCH_QUERIES = [
  'パワーグリッド',
  '中小企業 対策',
  '中小企業のセキュリティ対策',
  '能動的サイバー防御',
  'サイバーセキュリティ',
  'むらい',
  'サイバーセキュリテイ',
  '"重要インフラ"',
  'information sharing',
  '官民の協力',
  '取引先を経由した攻撃',
  'ブロックチェーン',
];
