import { isKana, toRomaji } from 'wanakana';
import type { ReadingTokenizer } from '../people/readings';
import { slug } from '../people/romaji';

/**
 * Stable, URL-safe term id from the label: Latin as is (`t-nict`, `t-jpcert-cc`), Japanese through its reading in
 * romaji (`t-saibaa-kougeki`); a word with no reading falls back to its code points, so ids never depend on guesswork.
 */
export function termId(label: string, tokenizer: ReadingTokenizer): string {
  const words = tokenizer.tokenize(label.normalize('NFKC')).map((t) => {
    const s = t.surface_form;
    if (/^[A-Za-z0-9&]+$/.test(s)) return s.toLowerCase().replace(/&/g, '-and-');
    const reading = t.reading && t.reading !== '*' ? t.reading : isKana(s) ? s : undefined;
    if (reading) return toRomaji(reading).toLowerCase();
    return [...s].map((c) => (/[A-Za-z0-9]/.test(c) ? c.toLowerCase() : c.codePointAt(0)!.toString(16))).join('-');
  });
  return 't-' + slug(words).slice(0, 60).replace(/-$/, '');
}
