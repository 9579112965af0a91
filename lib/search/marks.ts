import { type TextRange, findRanges } from '../lookup/ranges';
import { matchedStrings } from './search';
import type { SearchHit } from './types';

const found = new WeakMap<SearchHit, readonly TextRange[]>();

/**
 * The ranges of a hit's remark text to mark: every occurrence of the strings it matched. Found once per hit (a
 * result hands out the same hit object each time it is read), so a page rendered again, or shown longer, finds only
 * the marks of hits it has not shown yet. A hit without occurrences (the empty query's) has none, and its text is not
 * normalised again.
 */
export function marksOf(hit: SearchHit): readonly TextRange[] {
  let ranges = found.get(hit);
  if (ranges === undefined) {
    const needles = matchedStrings(hit);
    ranges = needles.length > 0 ? findRanges(hit.doc.remark.text, needles) : [];
    found.set(hit, ranges);
  }
  return ranges;
}
