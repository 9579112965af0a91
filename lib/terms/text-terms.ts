import type { Term } from '../corpus/types';

/**
 * Terms the minutes define or name themselves, found in one remark's text:
 * - annotations: `EDR（注：Endpoint Detection and Response。エンドポイント…の一つ。）` → EDR, English, definition;
 * - expansions: `NICT（国立研究開発法人情報通信研究機構）` and the reverse `リスク管理枠組み（RMF）`;
 * - quoted titles of plans, laws and documents: `「サイバーセキュリティ2023」` (scare quotes like 「コスト」 are not titles);
 * - acronyms: `ISAC`, `ＩｏＴ`, `JPCERT/CC`, and the letter-spaced `I S A C`.
 * Display keeps the printed characters; labels are normalised to NFKC so ＮＩＳＣ and NISC are one term.
 */
export interface TermCandidate {
  label: string;
  aliases: string[];
  en?: string;
  definition?: string;
  source: NonNullable<Term['source']>;
}

const OPEN = '（(';
const CLOSE = '）)';

/** Index of the parenthesis closing the one at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i]) && --depth === 0) return i;
  }
  return -1;
}

const nfkc = (s: string) => s.normalize('NFKC');

/** An acronym: capitals (IoT's lower-case o allowed between capitals), digits, & and / inside, at least two capitals. */
const ACRONYM = /^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9&/-]{0,11}$/;
const isAcronym = (s: string) => ACRONYM.test(nfkc(s)) && !/[a-z]{2}/.test(nfkc(s));
const LATIN_PHRASE = /^[A-Za-z][A-Za-z0-9 .\-&/]+$/;

/**
 * The word just before position `end`: a 「quoted」 name, a Latin/digit run, or a run of kanji and katakana. Kana
 * inside a name (リスク管理枠組み) is only taken when an opening 「 marks where the name starts.
 */
function wordBefore(text: string, end: number): string {
  if (text[end - 1] === '」') {
    const start = text.lastIndexOf('「', end - 1);
    return start >= 0 ? text.slice(start + 1, end - 1) : '';
  }
  const head = text.slice(Math.max(0, end - 24), end);
  const latin = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆/／-]+$/.exec(head);
  if (latin) return latin[0];
  const quoted = /「([^「」、。]+)$/.exec(head);
  if (quoted) return quoted[1];
  const japanese = /[\p{Script=Han}\p{Script=Katakana}ー・]+$/u.exec(head);
  return japanese ? japanese[0] : '';
}

export function findAnnotations(text: string): TermCandidate[] {
  const out: TermCandidate[] = [];
  for (let at = text.indexOf('注：'); at >= 0; at = text.indexOf('注：', at + 1)) {
    const open = at - 1;
    if (!OPEN.includes(text[open])) continue;
    const close = closing(text, open);
    if (close < 0) continue;
    const label = wordBefore(text, open);
    if (!label) continue;
    const body = text.slice(at + 2, close).trim();
    const [first, ...rest] = body.split('。');
    const english = LATIN_PHRASE.test(nfkc(first).trim()) ? nfkc(first).trim() : undefined;
    const definition = (english ? rest.join('。') : body).replace(/。$/, '').trim();
    out.push({
      label: nfkc(label),
      aliases: nfkc(label) !== label ? [label] : [],
      ...(english ? { en: english } : {}),
      ...(definition ? { definition } : {}),
      source: 'annotation',
    });
  }
  return out;
}

export function findExpansions(text: string): TermCandidate[] {
  const out: TermCandidate[] = [];
  for (let open = 0; open < text.length; open++) {
    if (!OPEN.includes(text[open])) continue;
    const close = closing(text, open);
    if (close < 0) continue;
    const inside = text.slice(open + 1, close).trim();
    if (inside.startsWith('注：')) continue;
    const before = wordBefore(text, open);
    if (!before) continue;
    if (isAcronym(before) && !isAcronym(inside) && inside.length >= 2 && inside.length <= 40 && !/[、。]/.test(inside)) {
      out.push({ label: nfkc(before), aliases: unique([inside, before].filter((a) => a !== nfkc(before))), source: 'expansion' });
    } else if (isAcronym(inside) && !isAcronym(before) && before.length >= 2) {
      out.push({ label: nfkc(inside), aliases: unique([before, inside].filter((a) => a !== nfkc(inside))), source: 'expansion' });
    }
  }
  return out;
}

/** What a plan, law, strategy or other document title ends with; scare quotes (「コスト」「投資」) do not. */
const TITLE_END = /(?:法|法律|戦略|計画|方針|指針|基準|基準群|規則|枠組み|ガイドライン|プログラム|対策|施策|本部|会議|報告|事項|総点検本部|\d{4})$/;
/** Trailing (案) and other parenthesised qualifiers are not part of the title. */
const QUALIFIERS = /(?:[（(][^（）()]*[)）])+$/;

export function findQuotedTitles(text: string): TermCandidate[] {
  const out: TermCandidate[] = [];
  for (const m of text.matchAll(/「([^「」]{3,60})」/g)) {
    const printed = m[1].replace(QUALIFIERS, '').trim();
    const label = nfkc(printed).replace(/\s+/g, '');
    if (label.length < 4 || !TITLE_END.test(label)) continue;
    out.push({ label, aliases: unique([printed, m[1]].filter((a) => a !== label)), source: 'title' });
  }
  return out;
}

export function findAcronyms(text: string): TermCandidate[] {
  const out: TermCandidate[] = [];
  // Letter-spaced acronyms ("I S A C", "G t o G") are closed up first.
  const closed = nfkc(text).replace(/\b[A-Za-z](?: [A-Za-z]\b)+/g, (run) => run.replace(/ /g, ''));
  for (const m of closed.matchAll(/(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&/]*[A-Za-z0-9](?![A-Za-z0-9])/g)) {
    // Roman numerals (Ⅲ becomes III under NFKC) number sections; they are not acronyms.
    if (isAcronym(m[0]) && !/^[IVXLCDM]+$/.test(m[0])) out.push({ label: m[0], aliases: [], source: 'acronym' });
  }
  return out;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
