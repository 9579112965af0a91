/**
 * UI strings in Japanese and English. The language follows the browser (navigator.languages): Japanese when the first
 * preferred language is Japanese, English otherwise. Corpus data (names, remarks) is always shown as published.
 */

export type Lang = 'ja' | 'en';

const ja = {
  appName: '議事概要レンズ',
  searchLabel: '人物・用語を検索',
  searchPlaceholder: '例: 村井, むらい, murai, のうどう',
  results: '検索結果',
  noResults: '該当する人物・用語はありません',
  person: '人物',
  term: '用語',
  reading: '読み',
  roles: '出席した会合と役職',
  absent: '欠席',
  synonyms: '別名',
  english: '英語',
  definition: '定義',
  remarks: '発言',
  remarksCount: '発言 {n} 件',
  noRemarks: '記録された発言はありません',
  written: '書面提出',
  unknownSpeaker: '発言者不明',
  openInSidePanel: 'サイドパネルで開く',
  switches: 'ハイライト',
  siteSwitch: '{host} でハイライト',
  globalSwitch: 'すべてのサイトでハイライト',
  noSite: 'このページでは使えません',
  dataDate: 'データ: {date} 時点',
  loading: '読み込み中…',
  resultsCount: '{n} 件',
  topRemarks: '最近の発言',
  searchHint: '漢字・かな・ローマ字で入力できます。↑↓ で選び、Enter で詳細へ。',
  meetingNumber: '第{n}回',
  popoverLabel: '{name}（議事概要レンズ）',
  pin: '固定する',
  close: '閉じる',
  ambiguous: 'この表記は次の複数の人物を指す可能性があります',
  previousMention: '前の語句',
  nextMention: '次の語句',
  notFound: 'データを読み込めませんでした',
  // side panel
  spSearchLabel: '議事概要を検索',
  spSearchPlaceholder: '例: 中小企業 対策、"パワーグリッド"、むらい',
  spAnalyzerLoading: '日本語解析を準備中（それまでは空白で区切った語で検索します）',
  spAnalyzerFailed: '日本語解析を読み込めませんでした。空白で区切った語で検索します',
  spResultCount: '{n} 件',
  spFilters: '絞り込み',
  spFilterBody: '会議体',
  spFilterMeeting: '会合',
  spFilterFrom: '開始日',
  spFilterTo: '終了日',
  spFilterSpeaker: '発言者',
  spFilterTerm: '用語',
  spFilterSection: '議事',
  spFilterMode: '口頭・書面',
  spAny: 'すべて',
  spSpoken: '口頭',
  spClearFilters: '絞り込みを解除',
  spSort: '並び順',
  spSortRelevance: '関連度順',
  spSortNewest: '新しい順',
  spSortOldest: '古い順',
  spExport: '検索結果を書き出す',
  spPerMeeting: '会合ごとの件数',
  spRemarksPerMeeting: '会合ごとの発言数',
  spMentionsPerMeeting: '会合ごとの言及数',
  spQueryUnderstood: '検索語:',
  spSpellings: '別表記 {n}',
  spShowMore: 'さらに表示（残り {n} 件）',
  spNoMatches: '該当する発言はありません',
  spCopyCitation: '引用をコピー',
  spCopyLink: 'リンクをコピー',
  spCopied: 'コピーしました',
  spBack: '検索に戻る',
  spBefore: '直前の発言',
  spAfter: '直後の発言',
  spDate: '日時',
  spVenue: '場所',
  spAttendees: '出席者（{n} 名）',
  spAgenda: '議事',
  spTimeline: '出席の推移',
  spUsedBy: '使った人',
  spTermsInRemark: 'この発言の用語',
  spSearchTheirRemarks: 'この人の発言を検索',
  spSearchThisTerm: 'この用語で検索',
  spRemarkPage: '発言',
  spNotFound: '見つかりません（{id}）',
  spSearchFor: '「{q}」で検索',
  spMeetingRemarks: 'この会合の発言を見る',
  contextMenuLookup: '議事概要レンズで調べる',
} as const;

export type MessageKey = keyof typeof ja;

const en: Record<MessageKey, string> = {
  appName: 'Minutes Lens',
  searchLabel: 'Search people and terms',
  searchPlaceholder: 'e.g. 村井, むらい, murai, のうどう',
  results: 'Results',
  noResults: 'No person or term matches',
  person: 'Person',
  term: 'Term',
  reading: 'Reading',
  roles: 'Meetings and roles',
  absent: 'absent',
  synonyms: 'Also called',
  english: 'English',
  definition: 'Definition',
  remarks: 'Remarks',
  remarksCount: '{n} remarks',
  noRemarks: 'No recorded remarks',
  written: 'In writing',
  unknownSpeaker: 'Unnamed speaker',
  openInSidePanel: 'Open in side panel',
  switches: 'Highlighting',
  siteSwitch: 'Highlight on {host}',
  globalSwitch: 'Highlight on all sites',
  noSite: 'Not available on this page',
  dataDate: 'Data as of {date}',
  loading: 'Loading…',
  resultsCount: '{n} results',
  topRemarks: 'Latest remarks',
  searchHint: 'Type in kanji, kana or romaji. ↑↓ to choose, Enter for details.',
  meetingNumber: 'No. {n}',
  popoverLabel: '{name} (Minutes Lens)',
  pin: 'Pin',
  close: 'Close',
  ambiguous: 'This could refer to any of these people',
  previousMention: 'Previous mention',
  nextMention: 'Next mention',
  notFound: 'Could not load the data',
  // side panel
  spSearchLabel: 'Search the minutes',
  spSearchPlaceholder: 'e.g. 中小企業 対策, "パワーグリッド", murai',
  spAnalyzerLoading: 'Preparing Japanese analysis (until then, words are split at spaces)',
  spAnalyzerFailed: 'Japanese analysis could not load; words are split at spaces',
  spResultCount: '{n} results',
  spFilters: 'Filters',
  spFilterBody: 'Body',
  spFilterMeeting: 'Meeting',
  spFilterFrom: 'From',
  spFilterTo: 'To',
  spFilterSpeaker: 'Speaker',
  spFilterTerm: 'Term',
  spFilterSection: 'Section',
  spFilterMode: 'Spoken or written',
  spAny: 'Any',
  spSpoken: 'Spoken',
  spClearFilters: 'Clear filters',
  spSort: 'Sort',
  spSortRelevance: 'Most relevant',
  spSortNewest: 'Newest first',
  spSortOldest: 'Oldest first',
  spExport: 'Export results',
  spPerMeeting: 'Results per meeting',
  spRemarksPerMeeting: 'Remarks per meeting',
  spMentionsPerMeeting: 'Mentions per meeting',
  spQueryUnderstood: 'Searching for:',
  spSpellings: '{n} spellings',
  spShowMore: 'Show more ({n} left)',
  spNoMatches: 'No remarks match',
  spCopyCitation: 'Copy citation',
  spCopyLink: 'Copy link',
  spCopied: 'Copied',
  spBack: 'Back to search',
  spBefore: 'Just before',
  spAfter: 'Just after',
  spDate: 'Date',
  spVenue: 'Venue',
  spAttendees: 'Attendees ({n})',
  spAgenda: 'Agenda',
  spTimeline: 'Appearances over time',
  spUsedBy: 'Used by',
  spTermsInRemark: 'Terms in this remark',
  spSearchTheirRemarks: 'Search their remarks',
  spSearchThisTerm: 'Search this term',
  spRemarkPage: 'Remark',
  spNotFound: 'Not found ({id})',
  spSearchFor: 'Search for “{q}”',
  spMeetingRemarks: 'Remarks of this meeting',
  contextMenuLookup: 'Look up in Minutes Lens',
};

const messages: Record<Lang, Record<MessageKey, string>> = { ja, en };

/** The UI language for a list of preferred languages (BCP 47 tags, most preferred first). */
export function pickLang(preferred: readonly string[]): Lang {
  const first = preferred.find((tag) => tag.trim() !== '');
  return first !== undefined && first.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** The browser's UI language; English where there is no navigator (node). */
export function browserLang(): Lang {
  if (typeof navigator === 'undefined') return 'en';
  return pickLang(navigator.languages?.length ? navigator.languages : [navigator.language ?? '']);
}

/** The string for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** An ISO date ("2023-07-04") for readers: 2023年7月4日 / 4 Jul 2023. Not a Date object, so no time-zone shift. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'ja') return `${year}年${month}月${day}日`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
