import { type TextRange, mergeRanges } from './ranges';

export interface SnippetWindow {
  start: number;
  end: number;
  /** the ranges that fall inside the window, relative to `start`, clipped to it */
  ranges: TextRange[];
  /** text was cut before `start` / after `end` */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * The part of a long text to show: at most `maxLength` characters, placed so the first marked range is visible with
 * some text before it (a quarter of the window), so a reader sees the match in its sentence.
 */
export function snippetWindow(text: string, ranges: readonly TextRange[], maxLength: number): SnippetWindow {
  const merged = mergeRanges(ranges);
  let start = 0;
  if (text.length > maxLength && merged.length > 0) {
    const lead = Math.floor(maxLength / 4);
    start = Math.max(0, Math.min(merged[0].start - lead, text.length - maxLength));
  }
  const end = Math.min(text.length, start + maxLength);
  const inside = merged
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return { start, end, ranges: inside, cutStart: start > 0, cutEnd: end < text.length };
}
