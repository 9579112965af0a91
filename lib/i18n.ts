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
  romaji: 'ローマ字',
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
  meetingNumber: '第{n}回',
  popoverLabel: '{name}（議事概要レンズ）',
  pin: '固定する',
  close: '閉じる',
  ambiguous: 'この表記は次の複数の人物を指す可能性があります',
  previousMention: '前の語句',
  nextMention: '次の語句',
  notFound: 'データを読み込めませんでした',
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
  romaji: 'Romaji',
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
  meetingNumber: 'No. {n}',
  popoverLabel: '{name} (Minutes Lens)',
  pin: 'Pin',
  close: 'Close',
  ambiguous: 'This could refer to any of these people',
  previousMention: 'Previous mention',
  nextMention: 'Next mention',
  notFound: 'Could not load the data',
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
