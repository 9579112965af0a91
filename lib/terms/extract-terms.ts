import type { Corpus, Remark, Term } from '../corpus/types';
import { findCompounds, type PosToken } from './compounds';
import glossary from './glossary.json';
import { containsForm, matchForm, matchText } from './match';
import { termId } from './term-id';
import { findAcronyms, findAnnotations, findExpansions, findQuotedTitles, type TermCandidate } from './text-terms';

type Body = Omit<Corpus, 'version' | 'terms'>;

/** kuromoji's tokenizer, or anything giving readings and parts of speech the same way. */
export interface TermTokenizer {
  tokenize(text: string): (PosToken & { reading?: string })[];
}

/**
 * The corpus's terms, each with the remarks that mention it (matched on normalised text):
 * 1. the curated glossary (lib/terms/glossary.json): synonyms, English, definitions;
 * 2. what the remarks define or name: `（注：…）` annotations, acronym expansions, quoted titles, acronyms;
 * 3. frequent domain compounds found with kuromoji.
 * A term is identified by its label; a later source only adds what an earlier one lacks (English, a definition,
 * aliases). A form claimed by two different text-derived terms (the minutes expand NSA, NSS and, by mistake, FBI all
 * as 国家安全保障局) is ambiguous and becomes nobody's alias. Glossary terms are kept even when no remark mentions
 * them: they explain words readers meet on other pages.
 */
export function extractTerms(corpus: Body, tokenizer: TermTokenizer): Term[] {
  const texts = corpus.remarks.map((r) => r.text);
  const found: TermCandidate[] = texts.flatMap((t) => [
    ...findAnnotations(t),
    ...findExpansions(t),
    ...findQuotedTitles(t),
    ...findAcronyms(t),
  ]);
  found.push(...findCompounds(texts, tokenizer));

  const terms: Term[] = (glossary as Omit<Term, 'remarkIds' | 'source'>[]).map((g) => ({
    ...g,
    aliases: [...g.aliases],
    remarkIds: [],
    source: 'glossary',
  }));
  const owner = new Map<string, Term>();
  const claim = (form: string, term: Term) => {
    const key = matchForm(form);
    if (!owner.has(key)) owner.set(key, term);
    return owner.get(key) === term;
  };
  for (const t of terms) for (const f of forms(t)) claim(f, t);

  const ambiguous = ambiguousAliases(found);
  const ids = new Set(terms.map((t) => t.id));
  for (const c of found) {
    let term = owner.get(matchForm(c.label));
    if (!term) {
      let id = termId(c.label, tokenizer);
      for (let n = 2; ids.has(id); n++) id = `${termId(c.label, tokenizer)}-${n}`;
      ids.add(id);
      term = { id, label: c.label, aliases: [], remarkIds: [], source: c.source };
      terms.push(term);
      claim(c.label, term);
    }
    if (!term.en && c.en) term.en = c.en;
    if (!term.definition && c.definition) term.definition = c.definition;
    for (const a of c.aliases) {
      if (ambiguous.has(matchForm(a)) || term.aliases.includes(a) || a === term.label) continue;
      if (claim(a, term)) term.aliases.push(a);
    }
    if (c.en && claim(c.en, term) && !term.aliases.includes(c.en)) term.aliases.push(c.en);
  }

  const remarks = corpus.remarks.map((r) => ({ r, text: matchText(r.text) }));
  for (const t of terms) t.remarkIds = mentions(forms(t), remarks);
  const glossaryCount = glossary.length;
  return [
    ...terms.slice(0, glossaryCount),
    ...terms
      .slice(glossaryCount)
      .filter((t) => t.remarkIds.length > 0)
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  ];
}

function forms(t: Term): string[] {
  return [t.label, ...t.aliases, ...(t.en ? [t.en] : [])];
}

function ambiguousAliases(found: TermCandidate[]): Set<string> {
  const labels = new Map<string, Set<string>>();
  for (const c of found) {
    for (const a of c.aliases) {
      const key = matchForm(a);
      (labels.get(key) ?? labels.set(key, new Set()).get(key)!).add(matchForm(c.label));
    }
  }
  return new Set([...labels].filter(([, l]) => l.size > 1).map(([a]) => a));
}

function mentions(termForms: string[], remarks: { r: Remark; text: string }[]): string[] {
  const normalised = [...new Set(termForms.map(matchForm))].filter(Boolean);
  return remarks.filter(({ text }) => normalised.some((f) => containsForm(text, f))).map(({ r }) => r.id);
}
