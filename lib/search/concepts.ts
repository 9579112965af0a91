import { normalize } from '../text/normalize';
import thesaurus from './thesaurus.json';
import type { Alternative, MatchVia } from './types';

/**
 * The concept thesaurus (thesaurus.json): ideas the minutes name in several ways, with a Japanese and an English label.
 * A query naming a concept by any variant or narrower form searches all of its forms; "Searching for" shows the concept.
 */
export interface Concept {
  id: string;
  ja: string;
  en: string;
  variants: string[];
  narrower: string[];
  related: string[];
}

export const CONCEPTS: readonly Concept[] = thesaurus.concepts;

/** Characters a form written A…B allows between A and B. */
const NEAR_GAP = 12;

/** The forms that bring a concept into a query: its labels, variants and narrower terms. */
export function conceptTriggers(c: Concept): string[] {
  return [c.ja, c.en, ...c.variants, ...c.narrower].filter((f) => !f.includes('…'));
}

/** Every form a concept is searched by, as alternatives of one clause. */
export function conceptAlternatives(c: Concept): Alternative[] {
  const out: Alternative[] = [];
  const add = (forms: string[], via: MatchVia) => {
    for (const f of forms) {
      if (f.includes('…')) {
        const seq = f.split('…').map((p) => normalize(p));
        out.push({ text: seq.join('…'), via, seq, gap: NEAR_GAP });
      } else out.push({ text: normalize(f), via });
    }
  };
  add([c.ja, c.en, ...c.variants], 'synonym');
  add(c.narrower, 'narrower');
  add(c.related, 'related');
  return out;
}
