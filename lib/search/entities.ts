import { isKana, isRomaji, toHiragana } from 'wanakana';
import type { Person, Term } from '../corpus/types';
import { normalize } from '../text/normalize';

/**
 * Names of people and terms as they can appear in a query: full names, surnames, readings, romaji, term labels and
 * their synonyms. A query mentioning one is expanded to all the ways the corpus writes it, and to the remarks the
 * person spoke or the corpus links to the term.
 */

interface Surface {
  /** normalised form */
  text: string;
  personIds: Set<string>;
  termIds: Set<string>;
}

export interface EntityIndex {
  people: Map<string, Person>;
  terms: Map<string, Term>;
  /** longest first, so the longest name wins where names overlap */
  surfaces: Surface[];
  /** hiragana reading of each person's full name */
  readings: { kana: string; personId: string }[];
}

/**
 * Surfaces shorter than this are not names in a query: single-kanji surnames (林, 岸, 平) are ordinary words far more
 * often than they are a person.
 */
const MIN_SURFACE = 2;
/** A romaji query this short ("mu") would match half the people. */
const MIN_ROMAJI_PREFIX = 3;
const MIN_KANA_PREFIX = 2;

const ASCII_WORD = /[a-z0-9]/;

export function buildEntityIndex(people: readonly Person[], terms: readonly Term[]): EntityIndex {
  const byText = new Map<string, Surface>();
  const add = (raw: string | undefined, kind: 'person' | 'term', id: string) => {
    if (!raw) return;
    const text = normalize(raw).trim();
    if ([...text].length < MIN_SURFACE) return;
    let s = byText.get(text);
    if (!s) byText.set(text, (s = { text, personIds: new Set(), termIds: new Set() }));
    (kind === 'person' ? s.personIds : s.termIds).add(id);
  };
  const readings: EntityIndex['readings'] = [];
  for (const p of people) {
    for (const form of personForms(p)) add(form, 'person', p.id);
    if (p.reading) readings.push({ kana: toHiragana(normalize(p.reading)), personId: p.id });
  }
  // A term is worth recognising in a query only when it has other names to expand to; a plain compound
  // (セキュリティ対策) is better left to analysis, which also finds セキュリティの対策.
  for (const t of terms) if (t.aliases.length > 0 || t.en) for (const form of termForms(t)) add(form, 'term', t.id);
  const surfaces = [...byText.values()].sort((a, b) => b.text.length - a.text.length);
  return {
    people: new Map(people.map((p) => [p.id, p])),
    terms: new Map(terms.map((t) => [t.id, t])),
    surfaces,
    readings,
  };
}

/** The ways a person can be named in a query. */
function personForms(p: Person): string[] {
  const forms = [p.name, ...p.aliases, p.surname, p.nameEn];
  if (p.reading) forms.push(p.reading, toHiragana(p.reading));
  if (p.romaji) {
    const words = p.romaji.split(/\s+/);
    forms.push(p.romaji, words.join(''), [...words].reverse().join(' '));
    if (words[0].length >= MIN_ROMAJI_PREFIX) forms.push(words[0]);
  }
  return forms.filter((f): f is string => !!f);
}

/** The ways a remark can write a person: what a text match for that person looks for. */
export function personTextForms(p: Person): string[] {
  return [p.name, ...p.aliases, p.surname].filter((f): f is string => !!f && [...f].length >= MIN_SURFACE);
}

export function termForms(t: Term): string[] {
  return [t.label, ...t.aliases, t.en].filter((f): f is string => !!f);
}

export interface EntityMention {
  /** offsets in the normalised query */
  start: number;
  end: number;
  personIds: string[];
  termIds: string[];
}

/** Names of people and terms in a normalised query, longest first, never overlapping. */
export function findEntities(index: EntityIndex, normQuery: string): EntityMention[] {
  const taken = new Array<boolean>(normQuery.length).fill(false);
  const found: EntityMention[] = [];
  for (const s of index.surfaces) {
    if (s.text.length > normQuery.length) continue;
    for (let at = normQuery.indexOf(s.text); at !== -1; at = normQuery.indexOf(s.text, at + 1)) {
      const end = at + s.text.length;
      if (!onWordBoundary(normQuery, at, end)) continue;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      found.push({ start: at, end, personIds: [...s.personIds], termIds: [...s.termIds] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Latin names and acronyms must stand alone (OT is not inside "bot"); Japanese has no spaces to check. */
function onWordBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (ASCII_WORD.test(text[start]) && before !== undefined && ASCII_WORD.test(before)) return false;
  if (ASCII_WORD.test(text[end - 1]) && after !== undefined && ASCII_WORD.test(after)) return false;
  return true;
}

/**
 * People whose name reading starts with a kana or romaji word (むらい, ムライ, murai → 村井純), for readers who know how
 * a name sounds but not how it is written.
 */
export function peopleByReading(index: EntityIndex, word: string): string[] {
  const w = normalize(word);
  let kana: string;
  if (isKana(w) && [...w].length >= MIN_KANA_PREFIX) kana = toHiragana(w);
  else if (/^[a-z]+$/.test(w) && isRomaji(w) && w.length >= MIN_ROMAJI_PREFIX) kana = toHiragana(w);
  else return [];
  if (!isKana(kana)) return [];
  return [...new Set(index.readings.filter((r) => r.kana.startsWith(kana)).map((r) => r.personId))];
}
