import type { EntityRef } from '../corpus/views';
import { Flag } from './flags';

/**
 * Page-level coreference: after "平将明" or "Masaaki Taira", the page's "平氏", "木原" or "Taira" mean that person.
 *
 * The automaton reports every candidate: full names (flag `fullName`), and surname forms that need one (flag
 * `conditional`: a bare surname, surname + honorific, Mr./Ms. Surname, a bare Latin surname) with every person who
 * bears that surname as refs. This pure function reads the matches of one page in document order (across text nodes
 * and open shadow roots; each frame is its own page) and decides what each one shows:
 * - a full name with one person is shown and remembered as that person's latest full mention;
 * - a conditional match is shown only when one of its people was named in full earlier, and then for that person
 *   alone; when several were, for the one named most recently ("中谷元 … 中谷和弘 … 中谷氏" is 中谷和弘);
 * - a stranger ("Minoru Kihara": a Latin surname after a given name that is not the person's) is never shown, and counts
 *   as the latest full mention of that surname, so a later "Kihara" or "Mr. Kihara" stays dark until the corpus
 *   person is named again;
 * - an unconditional match that could be several people (中谷本部員) narrows to the one named most recently, if any,
 *   and otherwise shows them all;
 * - everything else is shown as found.
 * Who counts as "named in full" is decided only by full names, never by surname forms, so a chain of "平氏" cannot keep
 * a person alive on its own.
 *
 * Rules decided against (measured on tests/e2e/recognition.e2e.test.ts and the traps in its pages):
 * - surname + title as an antecedent (林官房長官 → later 林氏): a title form is evidence, not a full name; the issue
 *   asks for a full mention, and letting it count would let 林教授 (a title fit by kind) revive a different 林.
 * - unconditional surname + honorific for a surname only one corpus person has (木原氏 as 木原誠二): current news
 *   calls the Chief Cabinet Secretary 木原稔 "木原氏"; a stranger with the surname is the common case, not the rare one.
 * - "both people" for 中谷氏 before any full mention (the old behaviour): same stranger risk; ambiguity is still shown
 *   for a title that fits several people (中谷本部員 in a corpus where both were 本部員).
 * - stranger detection in Japanese (木原稔): a kanji surname followed by kanji can be a given name, a title or a word
 *   (木原稔, 高市内閣, 村井家); the bare surname is simply not matched there (kanjiAfter), and 木原氏 stays conditional.
 * - any most-recent-mention choice other than "most recent full name": nearest-title or first-named would need
 *   syntax; most recent is what readers assume when an article switches from one 中谷 to the other.
 */
export interface CoreferenceMatch {
  refs: readonly EntityRef[];
  flags: number;
}

/** Whether what a match shows depends on the matches before it (the content script holds these back until resolved). */
export function dependsOnContext(match: CoreferenceMatch): boolean {
  return (match.flags & (Flag.conditional | Flag.stranger)) !== 0 || personCount(match.refs) > 1;
}

/** Whether a match can decide what later ones show (a full name): with the dependent ones, the input to resolveRefs. */
export function isAntecedent(match: CoreferenceMatch): boolean {
  return (match.flags & Flag.fullName) !== 0;
}

/**
 * For each match, in the same order: the refs it shows, or null when it stays dark. `matches` must be the page's
 * matches in document order; the result depends only on that list.
 */
export function resolveRefs(matches: readonly CoreferenceMatch[]): (readonly EntityRef[] | null)[] {
  const latest = new Map<string, { at: number; stranger: boolean }>();
  return matches.map((match, at) => {
    const people = match.refs.filter((r) => r.kind === 'person');
    if (match.flags & Flag.stranger) {
      for (const p of people) latest.set(p.id, { at, stranger: true });
      return null;
    }
    const conditional = (match.flags & Flag.conditional) !== 0;
    if (!conditional && people.length === 1) {
      if (match.flags & Flag.fullName) latest.set(people[0].id, { at, stranger: false });
      return match.refs;
    }
    if (!conditional && people.length === 0) return match.refs;
    // Conditional, or several people: the person among them named in full most recently.
    let best: EntityRef | undefined;
    let bestAt = -1;
    let strangerLast = false;
    for (const p of people) {
      const seen = latest.get(p.id);
      if (!seen || seen.at <= bestAt) continue;
      if (seen.stranger && !conditional) continue;
      best = p;
      bestAt = seen.at;
      strangerLast = seen.stranger;
    }
    if (!best || strangerLast) return conditional ? null : match.refs;
    const resolved = [best, ...match.refs.filter((r) => r.kind !== 'person')];
    if (match.flags & Flag.fullName) latest.set(best.id, { at, stranger: false });
    return resolved;
  });
}

/** The matches a page shows, each with the refs it shows: `resolveRefs` applied and the dark ones left out. */
export function resolveCoreference<M extends CoreferenceMatch>(matches: readonly M[]): (M & { refs: readonly EntityRef[] })[] {
  const refs = resolveRefs(matches);
  const out: (M & { refs: readonly EntityRef[] })[] = [];
  matches.forEach((match, k) => {
    const shown = refs[k];
    if (shown) out.push(shown === match.refs ? match : { ...match, refs: shown });
  });
  return out;
}

function personCount(refs: readonly EntityRef[]): number {
  let n = 0;
  for (const r of refs) if (r.kind === 'person') n++;
  return n;
}
