import { toRomaji } from 'wanakana';

/**
 * Romaji for names: wanakana's Hepburn, then long vowels written the way English-language news spells Japanese names
 * (Shinzo, Koichi, Ota: ou/oo → o, uu → u), since that is what readers meet on English pages.
 * "ou" before "e" is kept: it spans two syllables (いのうえ → Inoue). The syllable apostrophe is dropped too
 * (Shun'ichi → Shunichi), as English pages write it.
 */
export function kanaToRomaji(kana: string): string {
  return toRomaji(kana).toLowerCase();
}

export function simplifyLongVowels(romaji: string): string {
  return romaji
    .replace(/ou(?!e)/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/'/g, '');
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** URL-safe slug from romaji words: ["murai", "jun"] → "murai-jun". */
export function slug(words: string[]): string {
  return words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
