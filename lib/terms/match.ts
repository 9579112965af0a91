import { normalize } from '../text/normalize';

/**
 * Finding a term's forms in a remark, on normalised text (lib/text/normalize.ts) so ＮＩＳＣ, NISC and nisc, or
 * アクティブ・サイバー・ディフェンス and アクティブサイバーディフェンス, are one form.
 * Latin forms must stand alone (AI not inside "said", IPA not inside "IPAM"); the minutes sometimes space out letters
 * ("I S A C", "O T"), so runs of single spaced letters are closed up before matching.
 */
export function matchText(text: string): string {
  return normalize(text).replace(/\b[a-z](?: [a-z]\b)+/g, (run) => run.replace(/ /g, ''));
}

export function matchForm(form: string): string {
  return normalize(form);
}

const LATIN_EDGE = /[a-z0-9]/;

export function containsForm(haystack: string, form: string): boolean {
  if (!form) return false;
  const latinStart = LATIN_EDGE.test(form[0]);
  const latinEnd = LATIN_EDGE.test(form[form.length - 1]);
  for (let at = haystack.indexOf(form); at >= 0; at = haystack.indexOf(form, at + 1)) {
    if (latinStart && at > 0 && LATIN_EDGE.test(haystack[at - 1])) continue;
    const after = haystack[at + form.length];
    if (latinEnd && after !== undefined && LATIN_EDGE.test(after)) continue;
    return true;
  }
  return false;
}
