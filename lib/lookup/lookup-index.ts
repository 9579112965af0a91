import type { Person, Term } from '../corpus/types';
import type { EntityRef } from '../corpus/views';
import { personKeys, termKeys } from '../db/keys';
import { queryForms } from './query-forms';

/** One answer of the popup lookup. */
export interface LookupHit {
  ref: EntityRef;
  /** the name or term label as published */
  label: string;
  /** a second line: reading and romaji for people, English name for terms */
  detail?: string;
  /** higher is better; exact > prefix > inside */
  score: number;
}

interface Entry {
  ref: EntityRef;
  label: string;
  detail?: string;
  keys: string[];
  /** how often the corpus cites it; breaks ties so the prominent entry comes first */
  weight: number;
}

export interface LookupIndex {
  entries: Entry[];
}

/** `remarkCounts` (id → number of remarks spoken by the person or mentioning the term) orders equal matches. */
export function buildLookupIndex(
  people: readonly Person[],
  terms: readonly Term[],
  remarkCounts: ReadonlyMap<string, number> = new Map(),
): LookupIndex {
  const entries: Entry[] = [];
  for (const p of people) {
    const detail = [p.reading, p.nameEn ?? p.romaji].filter(Boolean).join(' · ');
    entries.push({
      ref: { kind: 'person', id: p.id },
      label: p.name,
      detail: detail || undefined,
      keys: personKeys(p),
      weight: remarkCounts.get(p.id) ?? 0,
    });
  }
  for (const t of terms) {
    entries.push({
      ref: { kind: 'term', id: t.id },
      label: t.label,
      detail: t.en,
      keys: termKeys(t),
      weight: remarkCounts.get(t.id) ?? t.remarkIds.length,
    });
  }
  return { entries };
}

const EXACT = 1000;
const PREFIX = 500;
const INSIDE = 200;
/** a one-character query would be inside almost everything; it only matches at the start of a key */
const MIN_INSIDE_LENGTH = 2;

/** People and terms whose name, synonym, reading or romaji starts with (or, less good, contains) the query. */
export function lookup(index: LookupIndex, query: string, limit = 8): LookupHit[] {
  const forms = queryForms(query);
  if (forms.length === 0) return [];
  const hits: (LookupHit & { weight: number })[] = [];
  for (const e of index.entries) {
    let best = 0;
    for (const form of forms) {
      for (const key of e.keys) best = Math.max(best, scoreKey(key, form));
    }
    if (best > 0) hits.push({ ref: e.ref, label: e.label, detail: e.detail, score: best, weight: e.weight });
  }
  hits.sort((a, b) => b.score - a.score || b.weight - a.weight || a.label.localeCompare(b.label, 'ja'));
  return hits
    .slice(0, limit)
    .map(({ weight: _weight, ...hit }) => (hit.detail === undefined ? { ref: hit.ref, label: hit.label, score: hit.score } : hit));
}

/** Prefix and inside scores grow with how much of the key the query covers, so むらい ranks 村井純 above 村井…長い名前. */
function scoreKey(key: string, form: string): number {
  if (key === form) return EXACT;
  const coverage = Math.round((100 * form.length) / key.length);
  if (key.startsWith(form)) return PREFIX + coverage;
  if (form.length >= MIN_INSIDE_LENGTH && key.includes(form)) return INSIDE + coverage;
  return 0;
}
