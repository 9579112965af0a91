import { READING_CORRECTIONS } from './reading-corrections';

/** The part of a kuromoji tokenizer this module needs (also satisfied by a test double). */
export interface ReadingTokenizer {
  tokenize(text: string): { surface_form: string; reading?: string; pos?: string }[];
}

export interface NameReading {
  /** katakana, undefined when the dictionary does not know a word of it */
  surname?: string;
  givenName?: string;
  source: 'checked' | 'dictionary';
  /** the dictionary pieced a part together from several words: plausible, but worth checking */
  pieced: string[];
}

/**
 * Reading of a name: the checked table first, otherwise kuromoji word by word. No reading when a word is unknown or
 * is not a noun: a name read as a verb (貴 → トウト) is a misreading, and no reading beats a wrong one.
 */
export function readName(tokenizer: ReadingTokenizer, surname: string, givenName: string): NameReading {
  const checked = READING_CORRECTIONS[surname + givenName];
  if (checked) return { surname: checked[0], givenName: checked[1], source: 'checked', pieced: [] };
  const pieced: string[] = [];
  const read = (part: string): string | undefined => {
    if (part === '') return undefined;
    const tokens = tokenizer.tokenize(part);
    if (tokens.some((t) => !t.reading || t.reading === '*' || (t.pos !== undefined && t.pos !== '名詞'))) return undefined;
    if (tokens.length > 1) pieced.push(part);
    return tokens.map((t) => t.reading).join('');
  };
  return { surname: read(surname), givenName: read(givenName), source: 'dictionary', pieced };
}
