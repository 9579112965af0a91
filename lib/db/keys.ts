import { toHiragana, toKatakana } from 'wanakana';
import type { Person, Term } from '../corpus/types';
import { normalize } from '../text/normalize';

/**
 * The normalised strings a person or term can be looked up by. Spaces are removed (村井 純 = 村井純, "Murai Jun" =
 * "muraijun") and kana readings are kept in hiragana, so katakana and hiragana queries meet the same key.
 */
export function lookupKey(text: string): string {
  return normalize(text).replace(/\s+/g, '');
}

/** A kana reading as a lookup key: hiragana, no spaces, long vowels treated as in katakana (see normalize). */
function readingKey(reading: string): string {
  return toHiragana(lookupKey(toKatakana(reading, { passRomaji: true })), { passRomaji: true });
}

export function personNames(p: Person): string[] {
  const englishOrder = p.romaji ? p.romaji.split(/\s+/).reverse().join(' ') : undefined;
  return [p.name, ...p.aliases, p.romaji, englishOrder, p.nameEn].filter((s): s is string => !!s);
}

export function personKeys(p: Person): string[] {
  const keys = personNames(p).map(lookupKey);
  if (p.reading) keys.push(readingKey(p.reading));
  return unique(keys);
}

export function termNames(t: Term): string[] {
  return [t.label, ...t.aliases, t.en].filter((s): s is string => !!s);
}

export function termKeys(t: Term): string[] {
  const keys = termNames(t).map(lookupKey);
  if (t.reading) keys.push(readingKey(t.reading));
  return unique(keys);
}

function unique(keys: string[]): string[] {
  return [...new Set(keys.filter((k) => k.length > 0))];
}
