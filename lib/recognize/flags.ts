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
  /**
   * coreference: the match lights only for a person the page named in full earlier (a bare surname 木原, 村井氏,
   * Mr. Nakatani, "Taira"); lib/recognize/coreference.ts keeps or drops it and picks the person
   */
  conditional: 16,
  /** coreference: a full name (村井純, Jun Murai), the mention that lets later surnames light for that person */
  fullName: 32,
  /**
   * a bare Latin family name: when a capitalised word other than a title comes right before it ("Minoru Kihara"),
   * the name belongs to someone else, and the recognizer reports the match with `stranger` set instead
   */
  givenNameBefore: 64,
  /**
   * set by the recognizer on a match, never on a pattern: a Latin surname after a given name that is not the
   * person's. Never lit; coreference counts it as a full mention of somebody outside the corpus.
   */
  stranger: 128,
} as const;
