import { bodiesOf } from '../corpus/bodies';
import type { Corpus, Person, Term } from '../corpus/types';
import type { EntityRef } from '../corpus/views';
import tiers from '../terms/tiers.json';
import { isKanji } from './char-class';
import { Flag } from './flags';
import { normalizePattern } from './match-text';
import defaultTitles from './titles.json';
import { extraAliases, formVariants } from './variants';

export interface TitleEntry {
  form: string;
  roles?: string[];
  afterOneKanji?: boolean;
  /** the kind of office (titles.json `kinds`): a broad kind applies to everyone who held any office of that kind */
  kind?: string;
  /** for a surname several people share, only who held that very office (岸首相) */
  exactWhenShared?: boolean;
}

export interface TitleData {
  kinds?: Record<string, { broad?: boolean; implies?: string[] }>;
  honorifics: (string | { form: string; afterOneKanji?: boolean })[];
  titles: TitleEntry[];
  englishHonorifics: string[];
  /** `roles` here are attendee role texts too (内閣総理大臣), for exactWhenShared */
  englishTitles: (string | TitleEntry)[];
}

/** Which terms light on pages (lib/terms/tiers.json): reviewed compounds that do, common words that do not. */
export interface TermTiers {
  lit: string[];
  dark: string[];
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

const ASCII_WORD = /^[A-Za-z0-9][A-Za-z0-9 .&'-]*$/;

/**
 * Every surface form of every person, body and term in the corpus. Pure: the same corpus gives the same list, sorted
 * by text. Forms:
 * - full names with and without the space, English names in both orders (flag `fullName`);
 * - surname + title, where the title decides who is meant (a title names an office; see titles.json);
 * - forms that light only after the page named the person in full (flag `conditional`, every bearer of the surname as
 *   refs; lib/recognize/coreference.ts decides): a bare surname of two kanji or more (木原), surname + honorific (平氏,
 *   村井さん), Mr./Ms. Surname, a bare Latin family name (Taira; reported as a stranger after another given name);
 * - bodies (サイバーセキュリティ戦略本部) with their aliases and English names;
 * - term labels, aliases and English labels with their spelling variants, for terms of the lit tier.
 * A bare one-kanji surname (林, 岸, 平) is never a pattern, not even after a full mention: 林の中, 平らな, 岸に are words.
 *
 * Rules decided against: a title for every bearer of a surname only one corpus person has (the old rule: 木原官房長官
 * lit 木原誠二, a deputy, while the news means 木原稔); 首相 by kind for a shared surname (岸首相 is 岸信介, not 岸信夫);
 * the short form 経済安保 (it lit inside the title 経済安保相); a rule dropping a mid-word katakana long-vowel mark
 * (インターフェース / インタフェース): rare in news, and it would multiply patterns; word-final ー and the middle dot are
 * already folded by normalisation.
 */
export function buildPatternSpecs(corpus: Corpus, titles: TitleData = defaultTitles, termTiers: TermTiers = tiers): PatternSpec[] {
  const collector = new PatternCollector();
  const roles = rolesByPerson(corpus);
  const kinds = kindsByPerson(corpus, titles);
  for (const person of corpus.people) addNames(collector, person);
  addSurnameTitles(collector, corpus, roles, kinds, titles);
  addEnglishSurnames(collector, corpus.people, roles, kinds, titles);
  addBodies(collector, corpus);
  const lit = new Set(termTiers.lit.map(normalizePattern));
  const dark = new Set(termTiers.dark.map(normalizePattern));
  for (const term of corpus.terms) {
    if (!lightsOnPages(term, lit, dark)) continue;
    const ref: EntityRef = { kind: 'term', id: term.id };
    for (const form of [term.label, ...term.aliases, term.en, ...extraAliases(term.label)]) {
      if (!form) continue;
      for (const variant of formVariants(form, term.source === 'glossary' || term.source === undefined)) {
        const flags = termFlags(variant);
        if (flags !== null) collector.add(variant, [ref], flags);
      }
    }
  }
  return collector.specs();
}

/** The two tiers: glossary and text-defined terms light unless listed dark; compounds stay dark unless listed lit. */
function lightsOnPages(term: Term, lit: ReadonlySet<string>, dark: ReadonlySet<string>): boolean {
  const label = normalizePattern(term.label);
  if (dark.has(label)) return false;
  return lit.has(label) || !term.source || PAGE_TERM_SOURCES.has(term.source);
}

/** Bodies as entities: the name, known aliases and the English name, each lit. */
function addBodies(collector: PatternCollector, corpus: Corpus): void {
  for (const body of bodiesOf(corpus.meetings)) {
    const ref: EntityRef = { kind: 'body', id: body.id };
    for (const form of [body.name, ...body.aliases, body.en]) {
      if (!form) continue;
      for (const variant of formVariants(form, false)) {
        const flags = termFlags(variant);
        if (flags !== null) collector.add(variant, [ref], flags);
      }
    }
  }
}

class PatternCollector {
  private readonly byText = new Map<string, PatternSpec>();

  /** `refs` empty: a blocker, a form that takes its place in the text and lights nothing (see the recognizer). */
  add(form: string, refs: EntityRef[], flags: number): void {
    const text = normalizePattern(form);
    if ([...text].length < 2) return;
    const existing = this.byText.get(text);
    if (!existing) {
      this.byText.set(text, { text, refs: [...refs], flags });
      return;
    }
    // The same form from two sources refers to both, under the stricter rules of the two. A form that is someone's
    // full name and someone else's conditional surname form is neither: coreference then treats it as ambiguous.
    for (const ref of refs) {
      if (!existing.refs.some((r) => r.kind === ref.kind && r.id === ref.id)) existing.refs.push(ref);
    }
    const both = existing.flags | flags;
    existing.flags = (existing.flags & flags & Flag.fullName) | (both & ~Flag.fullName);
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
    if (ASCII_WORD.test(form)) collector.add(form, ref, latinFlags(form) | Flag.fullName);
    else if (form !== surname) collector.add(form, ref, kanjiNameFlags(form) | Flag.fullName);
  }
  for (const form of englishNames(person)) collector.add(form, ref, Flag.fullName);
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
    role.split(ROLE_PARTS).some((part) => meanings.some((m) => part.endsWith(m) && !part.slice(0, -m.length).endsWith('副'))),
  );
}

function meaningsOf(title: { form: string; roles?: string[] }): string[] {
  if (title.roles) return title.roles;
  return title.form.endsWith('相') ? [title.form, `${title.form.slice(0, -1)}大臣`] : [title.form];
}

/**
 * The kinds of office each person held (cabinet, junior, diet, academic, …), from their attendee roles through the
 * titles: 外務大臣 ends with 大臣, a cabinet title, so 林芳正 is cabinet (and so diet, by `implies`). Speaker labels
 * are left out: the minutes misprint 村井本部長 for 本部員, and a misprint must not make a professor a minister.
 */
function kindsByPerson(corpus: Corpus, titles: TitleData): Map<string, Set<string>> {
  const roles = new Map<string, string[]>();
  for (const meeting of corpus.meetings) {
    for (const a of meeting.attendees) roles.set(a.personId, [...(roles.get(a.personId) ?? []), a.role]);
  }
  const out = new Map<string, Set<string>>();
  for (const [id, list] of roles) {
    const kinds = new Set<string>();
    const add = (kind: string) => {
      if (kinds.has(kind)) return;
      kinds.add(kind);
      for (const implied of titles.kinds?.[kind]?.implies ?? []) add(implied);
    };
    for (const title of titles.titles) if (title.kind && compatible(list, meaningsOf(title))) add(title.kind);
    out.set(id, kinds);
  }
  return out;
}

/** Whether a title refers to this person: they held that office, or (for a broad kind) an office of that kind. */
function fits(
  person: Person,
  title: TitleEntry,
  shared: boolean,
  index: RoleIndex,
  kinds: Map<string, Set<string>>,
  titles: TitleData,
): boolean {
  if (compatible(index.roles.get(person.id) ?? [], meaningsOf(title))) return true;
  if (shared && title.exactWhenShared) return false;
  return !!title.kind && !!titles.kinds?.[title.kind]?.broad && !!kinds.get(person.id)?.has(title.kind);
}

function honorificForms(titles: TitleData): { form: string; afterOneKanji?: boolean }[] {
  return titles.honorifics.map((h) => (typeof h === 'string' ? { form: h } : h));
}

/**
 * Surname + title and surname + honorific, and the bare surname.
 * - A title refers to the bearers of the surname it fits (see `fits`), lit as found (高市首相, 林官房長官 → 林芳正;
 *   中谷本部員 → both 中谷, until the page names one of them). No bearer fits: no pattern (林首相, 木原官房長官).
 * - An honorific (氏, さん, 議員…) and the bare surname (two kanji or more) refer to every bearer and are conditional:
 *   they light only for a person named in full earlier on the page (coreference).
 * Titles taken from a person's own roles (中谷防衛大臣, 林外務相) fit that person.
 */
function addSurnameTitles(
  collector: PatternCollector,
  corpus: Corpus,
  index: RoleIndex,
  kinds: Map<string, Set<string>>,
  titles: TitleData,
): void {
  const groups = new Map<string, Person[]>();
  for (const person of corpus.people) {
    const surname = surnameOf(person, index.labels.get(person.id));
    if (!surname || !/^[\p{Script=Han}々ヶ\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(surname)) continue;
    groups.set(surname, [...(groups.get(surname) ?? []), person]);
  }
  for (const [surname, people] of groups) {
    const oneKanji = [...surname].length === 1;
    const refs = people.map(personRef);
    if (!oneKanji && [...surname].every((c) => isKanji(c) || c === '々')) {
      collector.add(surname, refs, Flag.conditional | Flag.kanjiBefore | Flag.kanjiAfter);
    }
    for (const honorific of honorificForms(titles)) {
      if (honorific.afterOneKanji === false && oneKanji) continue;
      collector.add(surname + honorific.form, refs, Flag.conditional | Flag.kanjiBefore);
    }
    const forms = new Map<string, TitleEntry>();
    for (const title of titles.titles) {
      if (title.afterOneKanji === false && oneKanji) continue;
      forms.set(title.form, title);
    }
    const own = new Map<string, Person[]>();
    for (const person of people) {
      for (const role of index.roles.get(person.id) ?? []) {
        for (const form of titlesFromRole(role)) {
          if (!forms.has(form)) own.set(form, [...(own.get(form) ?? []), person]);
        }
      }
    }
    const add = (title: string, bearers: Person[]) => {
      // Surname + title must be at least three characters: 平氏 is the Taira clan, 林委 nothing.
      if (bearers.length && [...(surname + title)].length >= 3) collector.add(surname + title, bearers.map(personRef), Flag.kanjiBefore);
    };
    for (const [form, title] of forms)
      add(
        form,
        people.filter((p) => fits(p, title, people.length > 1, index, kinds, titles)),
      );
    for (const [form, bearers] of own) add(form, [...new Set(bearers)]);
  }
}

/**
 * English family names. After a title (Minister Taira, Chief Cabinet Secretary Hayashi): the bearers the title fits,
 * lit as found. Bare (Taira) and after an honorific (Mr. Nakatani): every bearer, conditional on a full mention
 * earlier on the page; a bare family name right after someone else's given name ("Minoru Kihara") is a stranger.
 */
function addEnglishSurnames(
  collector: PatternCollector,
  people: Person[],
  index: RoleIndex,
  kinds: Map<string, Set<string>>,
  titles: TitleData,
): void {
  const byFamily = new Map<string, { family: string; people: Person[] }>();
  for (const person of people) {
    const parts = latinParts(person);
    if (!parts) continue;
    const key = parts.family.toLowerCase();
    const entry = byFamily.get(key) ?? { family: parts.family, people: [] };
    entry.people.push(person);
    byFamily.set(key, entry);
  }
  const englishTitles: TitleEntry[] = titles.englishTitles.map((t) => (typeof t === 'string' ? { form: t } : t));
  for (const { family, people: bearers } of byFamily.values()) {
    const refs = bearers.map(personRef);
    for (const form of variants([family])) {
      collector.add(form, refs, Flag.conditional | Flag.capitalized | Flag.givenNameBefore);
      for (const honorific of titles.englishHonorifics) collector.add(`${honorific} ${form}`, refs, Flag.conditional);
      // An English title names a kind of office, or the office itself (Prime Minister), never a Japanese role text.
      const fitting = new Map(
        englishTitles.map((title) => [
          title.form,
          bearers.filter((p) =>
            title.roles && compatible(index.roles.get(p.id) ?? [], title.roles)
              ? true
              : !(title.exactWhenShared && bearers.length > 1) && !!title.kind && !!kinds.get(p.id)?.has(title.kind),
          ),
        ]),
      );
      for (const title of englishTitles) {
        const who = fitting.get(title.form) ?? [];
        if (who.length) collector.add(`${title.form} ${form}`, who.map(personRef), 0);
        // A title that fits nobody but ends with one that fits someone still takes its place, so the shorter one
        // cannot ("Prime Minister Kishi" is not "Minister Kishi"): a pattern without refs wins the overlap, shows nothing.
        else if (englishTitles.some((t) => title.form.endsWith(` ${t.form}`) && fitting.get(t.form)?.length)) {
          collector.add(`${title.form} ${form}`, [], 0);
        }
      }
    }
  }
}
