import type { Corpus, Person } from '../corpus/types';
import type { EntityRef } from '../corpus/views';
import { isKanji } from './char-class';
import { Flag } from './flags';
import { normalizePattern } from './match-text';
import defaultTitles from './titles.json';

export interface TitleData {
  honorifics: string[];
  titles: { form: string; roles?: string[]; afterOneKanji?: boolean }[];
  englishHonorifics: string[];
  englishTitles: string[];
}

/** One surface form to look for, already normalised, and what it refers to (several refs when it is ambiguous). */
export interface PatternSpec {
  text: string;
  refs: EntityRef[];
  flags: number;
}

/**
 * Terms marked on pages. Compound nouns the parser found frequent in the minutes (安全保障, 中小企業, 民主主義) are
 * ordinary words on a news page and would light up everywhere, even inside titles (サイバー安全保障担当相); they stay
 * searchable in the popup and side panel. Terms without a source are kept.
 */
const PAGE_TERM_SOURCES = new Set<string>(['glossary', 'annotation', 'expansion', 'title', 'acronym']);

/** A bare Latin family name lights up on its own only when it is this long: Takaichi yes, Ono no. */
const MIN_BARE_LATIN_SURNAME = 6;

const ASCII_WORD = /^[A-Za-z0-9][A-Za-z0-9 .&'-]*$/;

/**
 * Every surface form of every person and term in the corpus. Pure: the same corpus gives the same list, sorted by text.
 * Forms: full names with and without the space, surname + title (only where the title or the corpus decides who is
 * meant), English names in both orders, bare Latin family names that are long and unambiguous, term labels, aliases
 * and English labels. Bare kanji surnames are never patterns: 林, 岸, 平 are ordinary words too.
 */
export function buildPatternSpecs(corpus: Corpus, titles: TitleData = defaultTitles): PatternSpec[] {
  const collector = new PatternCollector();
  const roles = rolesByPerson(corpus);
  for (const person of corpus.people) addNames(collector, person);
  addSurnameTitles(collector, corpus, roles, titles);
  addEnglishSurnames(collector, corpus.people, roles, titles);
  for (const term of corpus.terms) {
    if (term.source && !PAGE_TERM_SOURCES.has(term.source)) continue;
    const ref: EntityRef = { kind: 'term', id: term.id };
    for (const form of [term.label, ...term.aliases, term.en]) {
      const flags = form ? termFlags(form) : null;
      if (form && flags !== null) collector.add(form, [ref], flags);
    }
  }
  return collector.specs();
}

class PatternCollector {
  private readonly byText = new Map<string, PatternSpec>();

  add(form: string, refs: EntityRef[], flags: number): void {
    const text = normalizePattern(form);
    if ([...text].length < 2) return;
    const existing = this.byText.get(text);
    if (!existing) {
      this.byText.set(text, { text, refs: [...refs], flags });
      return;
    }
    // The same form from two sources refers to both, under the stricter rules of the two.
    for (const ref of refs) {
      if (!existing.refs.some((r) => r.kind === ref.kind && r.id === ref.id)) existing.refs.push(ref);
    }
    existing.flags |= flags;
  }

  specs(): PatternSpec[] {
    return [...this.byText.values()].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  }
}

function personRef(person: Person): EntityRef {
  return { kind: 'person', id: person.id };
}

function addNames(collector: PatternCollector, person: Person): void {
  const ref = [personRef(person)];
  const surname = surnameOf(person);
  const forms = new Set([person.name, ...person.aliases]);
  if (surname && person.name.startsWith(surname) && person.name.length > surname.length) {
    forms.add(`${surname} ${person.name.slice(surname.length)}`);
  }
  for (const form of forms) {
    if (ASCII_WORD.test(form)) collector.add(form, ref, latinFlags(form));
    else if (form !== surname) collector.add(form, ref, kanjiNameFlags(form));
  }
  for (const form of englishNames(person)) collector.add(form, ref, 0);
}

/** A two-character kanji name (a one-kanji surname and given name) is short enough to occur inside words. */
function kanjiNameFlags(form: string): number {
  const chars = [...form.replace(/\s/g, '')];
  return chars.length <= 2 && chars.every((c) => isKanji(c)) ? Flag.kanjiBefore | Flag.kanjiAfter : 0;
}

function latinFlags(form: string): number {
  const letters = form.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase() ? Flag.upperCase : 0;
}

/** Boundary flags for a term form, or null when the form is too weak to match on its own. */
function termFlags(form: string): number | null {
  if (ASCII_WORD.test(form)) {
    const flags = latinFlags(form);
    // Two or three lower-case letters are too often parts of ordinary words or other languages to match anywhere.
    if (!(flags & Flag.upperCase) && form.replace(/[^A-Za-z0-9]/g, '').length <= 3 && form === form.toLowerCase()) return null;
    return flags;
  }
  const chars = [...form];
  if (chars.length <= 2 && chars.every((c) => isKanji(c))) return Flag.kanjiBefore | Flag.kanjiAfter;
  return 0;
}

/** The family name as printed (村井), from the corpus or, failing that, from how the minutes label the speaker. */
function surnameOf(person: Person, labels: readonly string[] = []): string | undefined {
  if (person.surname) return person.surname;
  for (const label of labels) {
    let k = 0;
    while (k < label.length && k < person.name.length && label[k] === person.name[k]) k++;
    if (k > 0 && k < person.name.length && k < label.length) return person.name.slice(0, k);
  }
  return undefined;
}

/** Latin family name and given name, from the Hepburn romaji (family first) or the English order. */
function latinParts(person: Person): { family: string; given: string } | undefined {
  if (person.romaji) {
    const [family, ...given] = person.romaji.trim().split(/\s+/);
    if (given.length) return { family, given: given.join(' ') };
  }
  if (person.nameEn) {
    const parts = person.nameEn.trim().split(/\s+/);
    if (parts.length >= 2) return { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') };
  }
  return undefined;
}

function englishNames(person: Person): string[] {
  const parts = latinParts(person);
  if (!parts) return [];
  return variants([`${parts.given} ${parts.family}`, `${parts.family} ${parts.given}`]);
}

/** News English writes Kōno, Kono and Kouno: fold long-vowel marks to the plain and the doubled spelling. */
function variants(forms: string[]): string[] {
  const out = new Set<string>();
  for (const form of forms) {
    out.add(form);
    out.add(form.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    out.add(form.replace(/ō/g, 'ou').replace(/ū/g, 'uu').replace(/Ō/g, 'Ou').replace(/Ū/g, 'Uu'));
  }
  return [...out];
}

interface RoleIndex {
  roles: Map<string, string[]>;
  labels: Map<string, string[]>;
}

/** Every role text a person holds anywhere in the corpus: attendee roles, groups, and titles in speaker labels. */
function rolesByPerson(corpus: Corpus): RoleIndex {
  const roles = new Map<string, string[]>();
  const labels = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, id: string, value: string | undefined) => {
    if (!value) return;
    const list = map.get(id) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(id, list);
  };
  for (const meeting of corpus.meetings) {
    for (const attendee of meeting.attendees) {
      push(roles, attendee.personId, attendee.role);
      push(roles, attendee.personId, attendee.group);
    }
  }
  for (const remark of corpus.remarks) if (remark.speakerId) push(labels, remark.speakerId, remark.speakerLabel);
  for (const person of corpus.people) {
    const surname = surnameOf(person, labels.get(person.id));
    for (const label of labels.get(person.id) ?? []) {
      if (surname && label.startsWith(surname)) push(roles, person.id, label.slice(surname.length));
    }
  }
  return { roles, labels };
}

/** Where a role text splits into offices: "副本部長兼国家公安委員会委員長", "本部長（内閣官房長官）". */
const ROLE_PARTS = /[\s（）()【】、,兼]+/;

/** Role texts as titles: "本部長（内閣官房長官）" gives 本部長 and 内閣官房長官; "防衛大臣" also gives 防衛相. */
function titlesFromRole(role: string): string[] {
  const out: string[] = [];
  for (const part of role.split(ROLE_PARTS)) {
    if (part.length < 2 || part.length > 16) continue;
    out.push(part);
    if (part.endsWith('大臣') && part.length > 2 && !part.endsWith('副大臣')) out.push(`${part.slice(0, -2)}相`);
  }
  return out;
}

/** Whether someone with these roles holds the office a title means: a role part ends with it (防衛大臣 → 大臣), and
 * the office is not the vice one (副本部長 is not 本部長, 大臣政務官 is not 大臣). */
function compatible(roles: readonly string[], meanings: readonly string[]): boolean {
  return roles.some((role) =>
    role
      .split(ROLE_PARTS)
      .some((part) => meanings.some((m) => part.endsWith(m) && !part.slice(0, -m.length).endsWith('副'))),
  );
}

function meaningsOf(title: { form: string; roles?: string[] }): string[] {
  if (title.roles) return title.roles;
  return title.form.endsWith('相') ? [title.form, `${title.form.slice(0, -1)}大臣`] : [title.form];
}

/**
 * Surname + title. A surname one person has in the corpus takes every title (高市首相 is 高市早苗 even though the
 * minutes never call her 首相). A shared surname (中谷, 林, 岸) takes only titles some of its bearers held, and refers to
 * those; an honorific (中谷氏) refers to all of them. Surname + title must be at least three characters: 平氏 is the
 * Taira clan.
 */
function addSurnameTitles(collector: PatternCollector, corpus: Corpus, index: RoleIndex, titles: TitleData): void {
  const groups = new Map<string, Person[]>();
  for (const person of corpus.people) {
    const surname = surnameOf(person, index.labels.get(person.id));
    if (!surname || !/^[\p{Script=Han}々ヶ\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(surname)) continue;
    groups.set(surname, [...(groups.get(surname) ?? []), person]);
  }
  for (const [surname, people] of groups) {
    const add = (title: string, bearers: Person[]) => {
      if (bearers.length && [...surname + title].length >= 3) collector.add(surname + title, bearers.map(personRef), Flag.kanjiBefore);
    };
    for (const honorific of titles.honorifics) add(honorific, people);
    const forms = new Map<string, string[]>();
    for (const title of titles.titles) {
      if (title.afterOneKanji === false && [...surname].length === 1) continue;
      forms.set(title.form, meaningsOf(title));
    }
    for (const person of people) {
      for (const role of index.roles.get(person.id) ?? []) {
        for (const form of titlesFromRole(role)) if (!forms.has(form)) forms.set(form, meaningsOf({ form }));
      }
    }
    for (const [form, meanings] of forms) {
      // Titles taken from roles come only from the group's own people, so a lone bearer always qualifies.
      add(form, people.length === 1 ? people : people.filter((p) => compatible(index.roles.get(p.id) ?? [], meanings)));
    }
  }
}

/**
 * English family names: on their own when long and unambiguous (Takaichi), after a title (Minister Taira) when
 * unambiguous, after an honorific (Mr. Nakatani) for everyone who has that family name.
 */
function addEnglishSurnames(collector: PatternCollector, people: Person[], index: RoleIndex, titles: TitleData): void {
  const byFamily = new Map<string, { family: string; people: Person[] }>();
  for (const person of people) {
    const parts = latinParts(person);
    if (!parts) continue;
    const key = parts.family.toLowerCase();
    const entry = byFamily.get(key) ?? { family: parts.family, people: [] };
    entry.people.push(person);
    byFamily.set(key, entry);
  }
  for (const { family, people: bearers } of byFamily.values()) {
    const refs = bearers.map(personRef);
    const unambiguous = bearers.length === 1 && !sharesKanjiSurname(bearers[0], people, index);
    for (const form of variants([family])) {
      if (unambiguous && form.length >= MIN_BARE_LATIN_SURNAME) collector.add(form, refs, Flag.capitalized);
      for (const honorific of titles.englishHonorifics) collector.add(`${honorific} ${form}`, refs, 0);
      if (unambiguous) for (const title of titles.englishTitles) collector.add(`${title} ${form}`, refs, 0);
    }
  }
}

/** Two people with one kanji surname but only one romanised in the corpus are still ambiguous in English. */
function sharesKanjiSurname(person: Person, people: Person[], index: RoleIndex): boolean {
  const surname = surnameOf(person, index.labels.get(person.id));
  return !!surname && people.some((p) => p !== person && surnameOf(p, index.labels.get(p.id)) === surname);
}
