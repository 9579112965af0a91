import { Fragment, type ReactNode } from 'react';
import { type TextRange, mergeRanges } from '../lib/lookup/ranges';

/**
 * Text with the given ranges wrapped in <mark>. The text is only ever rendered as React text children, never parsed
 * as HTML, so markup inside a remark or a page selection shows as characters.
 */
export function Marked({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const r of mergeRanges(ranges)) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
