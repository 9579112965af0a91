import type { Person } from '../corpus/types';
import { readName, type ReadingTokenizer } from './readings';
import { capitalize, kanaToRomaji, simplifyLongVowels, slug } from './romaji';

export interface PersonInput {
  /** no spaces */
  name: string;
  /** undefined when the name was printed in one piece and where it splits is not known */
  surname?: string;
  /** undefined when unknown: a member named only by surname in an absence note, or a name printed in one piece */
  givenName?: string;
}

export interface PeopleResult {
  people: Person[];
  /** name (no spaces) → person id */
  idByName: Map<string, string>;
  /** reading problems worth a look, by name */
  notes: { name: string; message: string }[];
}

/**
 * One Person per distinct name (same name = same person; a shared surname means nothing), with reading, romaji,
 * English name order and the aliases a reader may meet: "村井 純", "Murai Jun", "Jun Murai".
 * Ids are romaji slugs (`p-murai-jun`), so they survive re-parsing; a name without a reading falls back to the
 * code points of the unread part, and a clash between two names with the same romaji gets a numeric suffix.
 */
export function buildPeople(inputs: PersonInput[], tokenizer: ReadingTokenizer): PeopleResult {
  const byName = new Map<string, PersonInput>();
  for (const p of inputs) if (!byName.has(p.name)) byName.set(p.name, p);

  const notes: PeopleResult['notes'] = [];
  const people: Person[] = [];
  const idByName = new Map<string, string>();
  const taken = new Set<string>();
  // Code-point order, not locale order: ids and the corpus version must not depend on the machine's ICU data.
  for (const p of [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (p.surname === undefined || p.givenName === undefined) {
      people.push(partialPerson(p, tokenizer, taken, idByName, notes));
      continue;
    }
    const r = readName(tokenizer, p.surname, p.givenName);
    if (r.surname === undefined || r.givenName === undefined) {
      const unknown = r.surname === undefined ? p.surname : p.givenName;
      notes.push({ name: p.name, message: `no reading for ${p.surname} ${p.givenName}: the dictionary does not know ${unknown} as a name` });
    }
    for (const part of r.pieced) notes.push({ name: p.name, message: `reading of ${part} (${p.name}) pieced together by the dictionary: check it` });
    const family = r.surname !== undefined ? capitalize(simplifyLongVowels(kanaToRomaji(r.surname))) : undefined;
    const given = r.givenName !== undefined ? capitalize(simplifyLongVowels(kanaToRomaji(r.givenName))) : undefined;

    const base = 'p-' + slug([family ?? codePoints(p.surname), given ?? codePoints(p.givenName)]);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    idByName.set(p.name, id);

    const person: Person = { id, name: p.name, aliases: [], surname: p.surname, givenName: p.givenName };
    if (r.surname !== undefined && r.givenName !== undefined) person.reading = r.surname + r.givenName;
    if (family && given) {
      person.romaji = `${family} ${given}`;
      person.nameEn = `${given} ${family}`;
    }
    person.aliases = aliases(p, r.surname, r.givenName, person);
    people.push(person);
  }
  people.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { people, idByName, notes };
}

/**
 * A person whose name is not known in two parts: read as one word, no English order (which part is the family name
 * is not known, or the given name is missing), marked `partial` so that nothing matches the bare surname as a name.
 */
function partialPerson(p: PersonInput, tokenizer: ReadingTokenizer, taken: Set<string>, idByName: Map<string, string>, notes: PeopleResult['notes']): Person {
  const r = readName(tokenizer, p.name, '');
  if (r.surname === undefined) notes.push({ name: p.name, message: `no reading for ${p.name}: the dictionary does not know it as a name` });
  const romaji = r.surname !== undefined ? capitalize(simplifyLongVowels(kanaToRomaji(r.surname))) : undefined;
  const base = 'p-' + slug([romaji ?? codePoints(p.name)]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  idByName.set(p.name, id);
  return {
    id,
    name: p.name,
    aliases: [],
    ...(p.surname !== undefined ? { surname: p.surname } : {}),
    ...(r.surname !== undefined ? { reading: r.surname } : {}),
    ...(romaji ? { romaji } : {}),
    partial: p.surname !== undefined ? 'surname-only' : 'unsplit',
  };
}

function aliases(p: PersonInput, surnameKana: string | undefined, givenKana: string | undefined, person: Person): string[] {
  const out = new Set<string>([`${p.surname!} ${p.givenName!}`]);
  if (person.romaji && person.nameEn) {
    out.add(person.romaji).add(person.nameEn);
    // Literal Hepburn with long vowels spelled out ("Shinzou Abe") is also seen, in URLs and some English pages.
    const literal = [surnameKana!, givenKana!].map((k) => capitalize(kanaToRomaji(k)));
    out.add(`${literal[0]} ${literal[1]}`).add(`${literal[1]} ${literal[0]}`);
  }
  out.delete(p.name);
  return [...out];
}

function codePoints(s: string): string {
  return [...s].map((c) => c.codePointAt(0)!.toString(16)).join('-');
}
