/**
 * Per-pattern boundary rules, stored as a bit mask in the compiled pattern set. Rules that hold for every pattern
 * (Latin words and katakana words are not matched inside longer ones) need no flag.
 */
export const Flag = {
  /** the character before must not be a kanji: 平大臣 is 平将明, 太平大臣 is not */
  kanjiBefore: 1,
  /** the character after must not be a kanji: short kanji words stand alone */
  kanjiAfter: 2,
  /** the page must write it in capitals: NOTICE the programme, not "notice" the word */
  upperCase: 4,
  /** the page must write it with a capital first letter: the bare family name Takaichi */
  capitalized: 8,
} as const;
