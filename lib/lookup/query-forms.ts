import { isKana, isRomaji, toHiragana, toKatakana } from 'wanakana';
import { lookupKey } from '../db/keys';

/**
 * The forms a typed query is compared in. Keys and queries go through the same steps, so whatever the reader types —
 * kanji, hiragana, katakana, romaji, full-width letters — meets the key written the other way:
 * - the query as typed, normalised (村井, murai, NISC);
 * - kana in one script (ムライ → むらい), with the same long-vowel rules as the keys;
 * - romaji converted to kana (murai → むらい, noudou → のうどう), when it is romaji: one unfinished last letter (noud)
 *   is dropped, but a word that does not convert (nisc → にsc, an acronym) gets no kana form.
 */
export function queryForms(query: string): string[] {
  const typed = lookupKey(query);
  if (!typed) return [];
  const forms = [typed];
  if (isKana(typed)) forms.push(kanaKey(typed));
  else if (isRomaji(typed) && /[a-z]/.test(typed)) {
    const converted = toHiragana(typed);
    const kana = converted.replace(/[a-z']$/, '');
    if (kana && isKana(kana)) forms.push(kanaKey(kana));
  }
  return [...new Set(forms)];
}

/** Kana in hiragana after the shared normalisation (which runs on katakana, so ー rules match the readings'). */
function kanaKey(kana: string): string {
  return toHiragana(lookupKey(toKatakana(kana, { passRomaji: true })), { passRomaji: true });
}
