/**
 * "Minoru Kihara" is not 木原誠二: a bare Latin family name right after a capitalised word is someone's full name,
 * and when that full name is not a pattern, the given name is not the corpus person's. Capitalised words that come
 * before a family name without being a given name (titles, sentence openers) are listed here; anything else
 * capitalised counts as a given name. Missing a word here costs recall (the surname stays dark), never precision.
 */
const NOT_GIVEN_NAMES = new Set(
  (
    'mr mrs ms dr prof professor minister secretary president premier chairman chair chairwoman governor ambassador ' +
    'senator lawmaker representative director commissioner deputy vice chief general head leader member spokesman ' +
    'spokeswoman spokesperson envoy mayor official officials adviser advisor economist analyst expert ' +
    'the a an and but or nor so yet then when while as after before if though although because since until once ' +
    'also meanwhile earlier later however still both only even now today yesterday tomorrow here there thus hence ' +
    'said says told asked added noted according under with for from by to at in on of over about against into that ' +
    'this these those what why how where who whom whose which did does do has have had was were is are be been will ' +
    'would could should can may might must not no yes mister madam sir ' +
    'monday tuesday wednesday thursday friday saturday sunday japan japanese tokyo'
  ).split(' '),
);

/** Whether a capitalised word that is not a title or an opener sits right before `start` (one space between). */
export function givenNameBefore(text: string, start: number): boolean {
  const k = start - 1;
  if (k < 0 || !/[ \u00a0]/.test(text[k])) return false;
  let end = k;
  while (end > 0 && /[ \u00a0]/.test(text[end - 1])) end--;
  let begin = end;
  while (begin > 0 && /[\p{L}'’-]/u.test(text[begin - 1])) begin--;
  const word = text.slice(begin, end);
  if (!word || !/^\p{Lu}/u.test(word) || !/\p{Script=Latin}/u.test(word)) return false;
  return !NOT_GIVEN_NAMES.has(word.toLowerCase().replace(/['’]s$/, ''));
}
