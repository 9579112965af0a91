import { normalizeWithMap } from '../text/normalize';

/** A half-open range [start, end) of UTF-16 offsets in an original (not normalised) text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A range never ends on a separator that normalisation dropped (the ・ after アクティブ in アクティブ・サイバー). */
const SEPARATOR = /[・\s]/;

/**
 * Every occurrence of any needle in `text`, compared after normalisation (so ＮＩＳＣ finds NISC and サイバーセキュリティー
 * finds サイバーセキュリティ), as ranges of the original text, sorted and merged.
 */
export function findRanges(text: string, needles: readonly string[]): TextRange[] {
  const { text: norm, map } = normalizeWithMap(text);
  const found: TextRange[] = [];
  for (const needle of new Set(needles.map((n) => normalizeWithMap(n).text).filter((n) => n.length > 0))) {
    for (let at = norm.indexOf(needle); at !== -1; at = norm.indexOf(needle, at + 1)) {
      found.push({ start: map[at], end: originalEnd(text, map, at + needle.length - 1) });
    }
  }
  return mergeRanges(found);
}

/** The original offset just past the character that produced normalised unit `last`. */
function originalEnd(text: string, map: number[], last: number): number {
  let end = text.length;
  for (let k = last + 1; k < map.length; k++) {
    if (map[k] > map[last]) {
      end = map[k];
      break;
    }
  }
  while (end > map[last] + 1 && SEPARATOR.test(text[end - 1])) end--;
  return end;
}

/** Sorted, with overlapping or touching ranges joined and empty ones dropped. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
