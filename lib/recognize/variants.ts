import data from '../terms/variants.json';

/**
 * Spelling variants of a term's forms, as rules over data (lib/terms/variants.json), applied when patterns are compiled
 * so that bundled and imported terms get them alike. Case, full-width letters, the katakana middle dot and a word-final
 * long-vowel mark are already folded by normalisation (lib/text/normalize.ts); what is left:
 * - extra forms by label: 人工知能 for AI, "generative artificial intelligence" for 生成AI;
 * - kanji the glossary treats as one term (能動的サイバー防衛 for 能動的サイバー防御), glossary terms only;
 * - English: singular/plural of the last word ("secrecy of communication"), hyphens and spaces ("supply-chain"),
 *   cyber- closed up or hyphenated ("active cyberdefense", "active cyber-defense"), of/for in long official names,
 *   British/American spelling ("active cyber defence").
 */
export interface VariantData {
  aliases: Record<string, string[]>;
  sameTerm: [string, string][];
  spelling: [string, string][];
}

const DEFAULT = data as unknown as VariantData;
/** Upper bound on the variants of one form, so a long name cannot multiply out. */
const MAX_VARIANTS = 24;
const ENGLISH = /^[A-Za-z][A-Za-z0-9 .&'/-]*$/;

/** Extra forms for a term label (not including the label's own forms). */
export function extraAliases(label: string, variants: VariantData = DEFAULT): string[] {
  return variants.aliases[label] ?? [];
}

/** Every variant of one form, the form itself first. `glossary`: the form belongs to a reviewed glossary term. */
export function formVariants(form: string, glossary: boolean, variants: VariantData = DEFAULT): string[] {
  const out = new Set<string>([form]);
  if (glossary) {
    for (const [a, b] of variants.sameTerm) {
      if (form.includes(a)) out.add(form.split(a).join(b));
      if (form.includes(b)) out.add(form.split(b).join(a));
    }
  }
  if (ENGLISH.test(form) && /[a-z]{3}/.test(form)) for (const v of englishVariants(form, variants)) out.add(v);
  return [...out].slice(0, MAX_VARIANTS);
}

function englishVariants(form: string, variants: VariantData): string[] {
  let set = new Set<string>([form]);
  const expand = (rule: (s: string) => string[]) => {
    const next = new Set(set);
    for (const s of set) for (const v of rule(s)) if (v && v !== s) next.add(v);
    set = next;
  };
  expand((s) => variants.spelling.flatMap(([us, uk]) => [swapWord(s, us, uk), swapWord(s, uk, us)]));
  expand((s) => [number(s)]);
  expand((s) => {
    const words = s.split(' ');
    return words.length >= 4 ? [s.replace(/ of /g, ' for '), s.replace(/ for /g, ' of ')] : [];
  });
  expand((s) => [closeCyber(s, ''), closeCyber(s, '-'), closeCyber(s, ' ')]);
  expand((s) =>
    s.includes(' ') && s.split(' ').length <= 3 && s === s.toLowerCase()
      ? [s.replace(/ /g, '-')]
      : s.includes('-')
        ? [s.replace(/-/g, ' ')]
        : [],
  );
  return [...set];
}

function swapWord(s: string, from: string, to: string): string {
  return s.replace(new RegExp(`\\b${from}\\b`, 'gi'), (m) => (m[0] === m[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to));
}

/** Singular ↔ plural of the last word, when it is an ordinary lower-case word. */
function number(s: string): string {
  const m = /^(.*?)([a-z]{4,})$/.exec(s);
  if (!m) return s;
  const [, head, word] = m;
  if (word.endsWith('ies')) return head + word.slice(0, -3) + 'y';
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return head + word + 'es';
  if (word.endsWith('s')) return head + word.slice(0, -1);
  if (/[^aeiou]y$/.test(word)) return head + word.slice(0, -1) + 'ies';
  if (/(?:sh|ch|x)$/.test(word)) return head + word + 'es';
  return head + word + 's';
}

/** "cyber defense" → "cyberdefense" / "cyber-defense", and back. */
function closeCyber(s: string, joiner: string): string {
  return s.replace(/\bcyber[ -]?(?=[a-z])/gi, (m) => m.slice(0, 5) + joiner);
}
