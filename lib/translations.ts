import type { Meeting, Person, Term } from './corpus/types';
import type { Lang } from './i18n';

/**
 * English for the corpus's own words: bodies, role titles, affiliations, sections, attendee groups, agenda kinds and
 * venues. A reviewed table, not machine translation: official English names where the government or the organisation
 * publishes one, plain descriptive English otherwise. Whatever is not in the table stays as published (Japanese): a
 * wrong translation is worse than none. Keys are compared after NFKC (full-width ＫＤＤＩ, ２階 and （） match), so the
 * same role written two ways needs one entry.
 *
 * Japanese UI: everything as published. English UI: the translation where one exists.
 */

/** Bodies (会議体). サイバーセキュリティ推進専門家会議 has no official English name yet; this follows its Japanese. */
const BODIES: Record<string, string> = {
  サイバーセキュリティ戦略本部: 'Cybersecurity Strategic Headquarters',
  サイバーセキュリティ推進専門家会議: 'Cybersecurity Promotion Expert Council',
  情報セキュリティ政策会議: 'Information Security Policy Council',
};

/** Short forms for tight places (the per-meeting chart). */
const BODIES_SHORT: Record<string, { ja: string; en: string }> = {
  サイバーセキュリティ戦略本部: { ja: '戦略本部', en: 'HQ' },
  サイバーセキュリティ推進専門家会議: { ja: '推進専門家会議', en: 'Expert Council' },
  情報セキュリティ政策会議: { ja: '政策会議', en: 'Policy Council' },
};

/** Whole role titles: government posts and the HQ's own offices. */
const TITLES: Record<string, string> = {
  内閣総理大臣: 'Prime Minister',
  内閣官房長官: 'Chief Cabinet Secretary',
  内閣官房副長官: 'Deputy Chief Cabinet Secretary',
  内閣官房副長官補: 'Assistant Chief Cabinet Secretary',
  内閣危機管理監: 'Deputy Chief Cabinet Secretary for Crisis Management',
  内閣情報通信政策監: 'Government Chief Information Officer',
  内閣サイバーセキュリティセンター長: 'Director-General, National center of Incident readiness and Strategy for Cybersecurity (NISC)',
  内閣サイバー官: 'Cabinet Cyber Officer',
  国家サイバー統括室統括官: 'Director-General, National Cybersecurity Office',
  国家サイバー統括室審議官: 'Deputy Director-General, National Cybersecurity Office',
  内閣官房内閣参事官: 'Counsellor, Cabinet Secretariat',
  国家サイバー統括室: 'National Cybersecurity Office',
  '情報通信技術(IT)政策担当大臣': 'Minister in charge of Information Technology Policy',
  国家公安委員会委員長: 'Chairman of the National Public Safety Commission',
  総務大臣: 'Minister for Internal Affairs and Communications',
  外務大臣: 'Minister for Foreign Affairs',
  経済産業大臣: 'Minister of Economy, Trade and Industry',
  防衛大臣: 'Minister of Defense',
  デジタル大臣: 'Minister for Digital Transformation',
  経済安全保障担当大臣: 'Minister in charge of Economic Security',
  サイバー安全保障担当大臣: 'Minister in charge of Cyber Security',
  東京オリンピック競技大会・東京パラリンピック競技大会担当大臣: 'Minister in charge of the Tokyo Olympic and Paralympic Games',
  デジタル副大臣: 'State Minister for Digital Transformation',
  総務副大臣: 'State Minister for Internal Affairs and Communications',
  外務副大臣: 'State Minister for Foreign Affairs',
  経済産業副大臣: 'State Minister of Economy, Trade and Industry',
  防衛大臣政務官: 'Parliamentary Vice-Minister of Defense',
  内閣府大臣政務官: 'Parliamentary Vice-Minister, Cabinet Office',
  本部長: 'Head of the Headquarters',
  副本部長: 'Deputy Head of the Headquarters',
  本部員: 'Member of the Headquarters',
  議長: 'Chair',
  議長代理: 'Acting Chair',
  弁護士: 'Attorney',
  教授: 'Professor',
  客員教授: 'Visiting Professor',
  学長: 'President',
  主席研究員: 'Chief Researcher',
  代表取締役: 'Representative Director',
  代表取締役会長: 'Chairman',
  代表取締役社長: 'President',
  '代表取締役社長 CEO': 'President and CEO',
  取締役会長: 'Chairman of the Board',
  '代表執行役 執行役社長CEO': 'President and CEO',
  理事: 'Director',
  チーフ・サイバーセキュリティ・ストラテジスト: 'Chief Cybersecurity Strategist',
  スペシャリスト・オフィサー特別解説委員: 'Specialist Officer and Special Commentator',
};

/** Affiliations that come before a title in a role ("慶應義塾大学" + "教授"). */
const ORGANISATIONS: Record<string, string> = {
  慶應義塾大学: 'Keio University',
  慶應義塾大学大学院政策・メディア研究科: 'Graduate School of Media and Governance, Keio University',
  東京大学大学院法学政治学研究科: 'Graduate Schools for Law and Politics, The University of Tokyo',
  情報セキュリティ大学院大学: 'Institute of Information Security',
  首都大学東京法科大学院: 'Tokyo Metropolitan University School of Law',
  東京都立大学法学部: 'Faculty of Law, Tokyo Metropolitan University',
  京都大学大学院法学研究科: 'Graduate School of Law, Kyoto University',
  学習院大学法学部: 'Faculty of Law, Gakushuin University',
  一橋大学大学院法学研究科: 'Graduate School of Law, Hitotsubashi University',
  立命館大学情報理工学部: 'College of Information Science and Engineering, Ritsumeikan University',
  早稲田大学法学学術院: 'Faculty of Law, Waseda University',
  KDDI株式会社: 'KDDI Corporation',
  'KDDI(株)': 'KDDI Corporation',
  '日本電信電話(株)': 'Nippon Telegraph and Telephone Corporation (NTT)',
  三菱電機株式会社: 'Mitsubishi Electric Corporation',
  日本テレビ放送網株式会社: 'Nippon Television Network Corporation',
  東京海上ディーアール株式会社: 'Tokio Marine dR Co., Ltd.',
  株式会社デジタルハーツホールディングス: 'Digital Hearts Holdings Co., Ltd.',
  株式会社BLUE: 'BLUE Inc.',
  '一般社団法人ICT-ISAC': 'ICT-ISAC Japan',
  '一般社団法人ICT-ISC': 'ICT-ISAC Japan',
  虎ノ門南法律事務所: 'Toranomon Minami Law Office',
  LM虎ノ門南法律事務所: 'LM Toranomon Minami Law Office',
};

/** Notes printed after a role. */
const NOTES: [RegExp, string][] = [
  [/\(オンライン出席\)$/, 'online'],
  [/【議長】$/, 'Chair'],
  [/【議長代理】$/, 'Acting Chair'],
];

/** Sections of the minutes (議事の項目) and attendee groups. */
const SECTIONS: Record<string, string> = {
  討議: 'Discussion',
  意見交換: 'Exchange of views',
  決定事項の決定: 'Decisions',
  決定事項の決定等: 'Decisions and other business',
  本部長冒頭挨拶: 'Opening remarks by the Head',
  本部長締め括り挨拶: 'Closing remarks by the Head',
  安倍内閣総理大臣冒頭御挨拶: 'Opening remarks by Prime Minister Abe',
  平サイバー安全保障担当大臣挨拶: 'Remarks by Minister Taira (Cyber Security)',
  岸内閣府大臣政務官挨拶: 'Remarks by Parliamentary Vice-Minister Kishi (Cabinet Office)',
  議長の互選: 'Election of the chair',
  議長代理の選出: 'Appointment of the acting chair',
  サイバーセキュリティ推進専門家会議の運営: 'How the Expert Council is run',
  事務局説明: 'Explanation by the secretariat',
};

const GROUPS: Record<string, string> = {
  本部員: 'Members of the Headquarters',
  閣僚: 'Ministers',
  政府側: 'Government',
  事務局: 'Secretariat',
  委員: 'Council members',
};

/** Labels of remarks whose speaker the minutes do not name (the expert council's anonymous bullets). */
const SPEAKER_LABELS: Record<string, string> = {
  委員: 'A council member',
  事務局: 'Secretariat',
};

const AGENDA_KINDS: Record<string, string> = {
  決定事項: 'Decision',
  討議事項: 'For discussion',
  報告事項: 'Report',
};

const VENUES: Record<string, string> = {
  総理大臣官邸2階小ホール: "Prime Minister's Office, small hall (2nd floor)",
  総理大臣官邸4階大会議室: "Prime Minister's Office, large conference room (4th floor)",
  中央合同庁舎4号館: 'Central Government Building No. 4',
};

const key = (s: string) => s.normalize('NFKC').trim();

const normalised = new WeakMap<Record<string, string>, Map<string, string>>();

function lookup(table: Record<string, string>, text: string): string | undefined {
  let map = normalised.get(table);
  if (!map) normalised.set(table, (map = new Map(Object.entries(table).map(([k, v]) => [key(k), v]))));
  return map.get(key(text));
}

const ORGS_LONGEST_FIRST = Object.keys(ORGANISATIONS)
  .map(key)
  .sort((a, b) => b.length - a.length);

/** A role title in English, or undefined when the table does not cover it. */
export function roleInEnglish(role: string): string | undefined {
  const r = key(role);
  const exact = lookup(TITLES, r);
  if (exact) return exact;
  for (const [pattern, note] of NOTES) {
    if (pattern.test(r)) {
      const rest = roleInEnglish(r.replace(pattern, ''));
      return rest && `${rest} (${note})`;
    }
  }
  // 副本部長兼デジタル大臣: two offices held together
  if (r.includes('兼')) {
    const parts = r.split('兼').map(roleInEnglish);
    return parts.every((p) => p) ? parts.join(' and ') : undefined;
  }
  // 本部長(内閣官房長官), 弁護士(虎ノ門南法律事務所), 内閣官房内閣参事官(国家サイバー統括室)
  const paren = /^(.+)\(([^()]+)\)$/.exec(r);
  if (paren) {
    const [outer, inner] = [roleInEnglish(paren[1]), roleInEnglish(paren[2]) ?? lookup(ORGANISATIONS, paren[2])];
    return outer && inner ? `${outer} (${inner})` : undefined;
  }
  // KDDI株式会社 代表取締役社長 CEO 一般社団法人ICT-ISC 理事: two affiliations
  const twice = /^(.+?\S)\s+(一般社団法人.+)$/.exec(r);
  if (twice) {
    const parts = [roleInEnglish(twice[1]), roleInEnglish(twice[2])];
    return parts.every((p) => p) ? parts.join('; ') : undefined;
  }
  // organisation + title, with or without a space: 慶應義塾大学教授 → Professor, Keio University
  for (const org of ORGS_LONGEST_FIRST) {
    if (!r.startsWith(org)) continue;
    const title = roleInEnglish(r.slice(org.length).trim());
    if (title) return `${title}, ${lookup(ORGANISATIONS, org)}`;
  }
  return undefined;
}

/** The role as the UI shows it: the English where the table has it, else as published. */
export function roleLabel(role: string, lang: Lang): string {
  return lang === 'en' ? (roleInEnglish(role) ?? role) : role;
}

export function bodyLabel(body: string, lang: Lang): string {
  return lang === 'en' ? (lookup(BODIES, body) ?? body) : body;
}

export function shortBodyLabel(body: string, lang: Lang): string {
  const short = BODIES_SHORT[key(body)];
  if (short) return short[lang];
  return lang === 'en' ? (lookup(BODIES, body) ?? body) : body.replace(/^サイバーセキュリティ/, '');
}

export function sectionLabel(section: string, lang: Lang): string {
  return lang === 'en' ? (lookup(SECTIONS, section) ?? section) : section;
}

export function groupLabel(group: string, lang: Lang): string {
  return lang === 'en' ? (lookup(GROUPS, group) ?? group) : group;
}

/** The label of a speaker the minutes do not name: 委員 → "A council member". */
export function speakerLabelText(label: string, lang: Lang): string {
  return lang === 'en' ? (lookup(SPEAKER_LABELS, label) ?? roleInEnglish(label) ?? label) : label;
}

export function agendaKindLabel(kind: string, lang: Lang): string {
  return lang === 'en' ? (lookup(AGENDA_KINDS, kind) ?? kind) : kind;
}

export function venueLabel(venue: string, lang: Lang): string {
  return lang === 'en' ? (lookup(VENUES, venue) ?? venue) : venue;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 34th */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/** "サイバーセキュリティ戦略本部 第34回" / "Cybersecurity Strategic Headquarters, 34th meeting" */
export function meetingLabel(meeting: Pick<Meeting, 'body' | 'number'>, lang: Lang): string {
  return lang === 'en' ? `${bodyLabel(meeting.body, lang)}, ${ordinal(meeting.number)} meeting` : `${meeting.body} 第${meeting.number}回`;
}

/** The meeting's own title: "第34回会合" / "34th meeting"; a title that is not just the number stays as published. */
export function meetingTitle(meeting: Pick<Meeting, 'title' | 'number'>, lang: Lang): string {
  if (lang === 'en' && /^第\s*\d+\s*回(会合|会議)?$/.test(key(meeting.title))) return `${ordinal(meeting.number)} meeting`;
  return meeting.title;
}

/** A person's name for running text: as published in Japanese; given name first in English where known. */
export function personName(person: Pick<Person, 'name' | 'nameEn' | 'romaji'>, lang: Lang): string {
  return lang === 'en' ? (person.nameEn ?? person.romaji ?? person.name) : person.name;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/g;

/** True when most letters of `text` are kana or kanji. */
function isJapanese(text: string): boolean {
  const letters = text.replace(/[\s\p{P}\p{S}\d]/gu, '');
  return letters.length > 0 && (letters.match(JAPANESE)?.length ?? 0) * 2 > letters.length;
}

/**
 * A term's definition in the UI's language, else in the other one. `definition` is the English one (glossary) and
 * `definitionJa` the Japanese; a definition read from the minutes' own notes is Japanese even in `definition`, so the
 * language is checked, not assumed.
 */
export function termDefinition(term: Pick<Term, 'definition' | 'definitionJa'>, lang: Lang): { text: string; lang: Lang } | undefined {
  const found: { text: string; lang: Lang }[] = [];
  for (const text of [term.definition, term.definitionJa]) {
    if (text && !found.some((f) => f.text === text)) found.push({ text, lang: isJapanese(text) ? 'ja' : 'en' });
  }
  return found.find((f) => f.lang === lang) ?? found[0];
}
