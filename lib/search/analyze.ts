import type { AnalyzedWord } from './types';

/** The fields of a kuromoji (IPADIC) token that query analysis reads. */
export interface TokenLike {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  basic_form: string;
}

type Script = 'kanji' | 'katakana' | 'latin' | 'hiragana' | 'other';

function scriptOf(word: string): Script {
  if (/^[\u4E00-\u9FFF\u3400-\u4DBF々〆ヶ]+$/u.test(word)) return 'kanji';
  if (/^[\u30A1-\u30FA\u30FC\u30FB\uFF66-\uFF9F]+$/u.test(word)) return 'katakana';
  if (/^[A-Za-z0-9Ａ-Ｚａ-ｚ０-９.-]+$/u.test(word)) return 'latin';
  if (/^[\u3041-\u3096ー]+$/u.test(word)) return 'hiragana';
  return 'other';
}

/** Nouns that carry no meaning of their own in a query: こと, ため, それ. */
const EMPTY_NOUNS = new Set(['非自立', '代名詞', '特殊']);

type Role = 'noun' | 'prefix' | 'suffix' | 'stem' | 'skip';

function roleOf(t: TokenLike): Role {
  if (t.pos === '名詞') {
    if (t.pos_detail_1 === '接尾') return 'suffix';
    if (EMPTY_NOUNS.has(t.pos_detail_1)) return 'skip';
    return 'noun';
  }
  if (t.pos === '接頭詞') return 'prefix';
  if ((t.pos === '動詞' || t.pos === '形容詞') && t.pos_detail_1 === '自立') return 'stem';
  return 'skip';
}

/**
 * The stem of a verb or adjective that all its inflections share: the dictionary form without its trailing kana
 * (守る → 守, 取り組む → 取り組, 高い → 高), so 守って and 守ります both match. Kana-only verbs (する, ある) say nothing
 * in a search and are dropped.
 */
function inflectionStem(t: TokenLike): string | null {
  const base = t.basic_form !== '*' ? t.basic_form : t.surface_form;
  const stem = base.replace(/[\u3041-\u3096]+$/u, '');
  return /[\u4E00-\u9FFF々]/u.test(stem) ? stem : null;
}

/**
 * Content words of an analysed query. Adjacent nouns in the same script merge into one compound (中小 + 企業 →
 * 中小企業, パワー + グリッド → パワーグリッド), and prefixes and suffixes join the noun they belong to (能動 + 的,
 * 2023 + 年); a change of script ends a compound (セキュリティ | 対策), which is where Japanese writers themselves vary
 * (セキュリティ対策 / セキュリティの対策). Particles, auxiliaries and symbols are dropped.
 */
export function contentWords(tokens: readonly TokenLike[]): AnalyzedWord[] {
  const words: AnalyzedWord[] = [];
  let parts: string[] = [];
  let script: Script | null = null;
  let pendingPrefix = '';

  const flush = () => {
    if (parts.length > 0) words.push({ text: parts.join(''), parts: parts.length > 1 ? parts : [] });
    parts = [];
    script = null;
  };

  for (const t of tokens) {
    const role = roleOf(t);
    const surface = t.surface_form;
    if (role === 'prefix') {
      flush();
      pendingPrefix += surface;
      continue;
    }
    if (role === 'noun') {
      const s = scriptOf(surface);
      if (pendingPrefix) {
        parts.push(pendingPrefix + surface);
        pendingPrefix = '';
        script = s;
        continue;
      }
      if (script !== null && s !== script) flush();
      parts.push(surface);
      script = s;
      continue;
    }
    if (role === 'suffix') {
      // A suffix belongs to the word before it (能動的, 2023年); a stray one at the start says nothing alone.
      if (parts.length > 0) parts[parts.length - 1] += surface;
      continue;
    }
    pendingPrefix = '';
    flush();
    if (role === 'stem') {
      const stem = inflectionStem(t);
      if (stem) words.push({ text: stem, parts: [] });
    }
  }
  flush();
  return dedupe(words);
}

function dedupe(words: AnalyzedWord[]): AnalyzedWord[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.text) && seen.add(w.text));
}
