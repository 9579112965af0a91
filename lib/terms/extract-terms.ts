import type { Corpus, Remark, Term } from '../corpus/types';
import type { ReadingTokenizer } from '../people/readings';
import glossary from './glossary.json';
import { containsForm, matchForm, matchText } from './match';

type Body = Omit<Corpus, 'version' | 'terms'>;

/**
 * The corpus's terms: the curated glossary (synonyms, English, definitions) and the remarks that mention each.
 * A term that no remark mentions is still kept: it explains a word readers meet on other pages.
 */
export function extractTerms(corpus: Body, _tokenizer?: ReadingTokenizer): Term[] {
  const remarks = corpus.remarks.map((r) => ({ r, text: matchText(r.text) }));
  return (glossary as Omit<Term, 'remarkIds' | 'source'>[]).map((g) => ({
    ...g,
    remarkIds: mentions([g.label, ...g.aliases, ...(g.en ? [g.en] : [])], remarks),
    source: 'glossary' as const,
  }));
}

function mentions(forms: string[], remarks: { r: Remark; text: string }[]): string[] {
  const normalised = [...new Set(forms.map(matchForm))];
  return remarks.filter(({ text }) => normalised.some((f) => containsForm(text, f))).map(({ r }) => r.id);
}
