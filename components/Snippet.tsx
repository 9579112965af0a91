import type { TextRange } from '../lib/lookup/ranges';
import { snippetWindow } from '../lib/lookup/snippet';
import { Marked } from './Marked';

export interface SnippetProps {
  text: string;
  /** ranges of `text` to mark */
  ranges?: readonly TextRange[];
  /** longest excerpt shown, in characters; the excerpt is placed so the first marked range is visible */
  maxLength?: number;
  className?: string;
}

/** An excerpt of a long text around its first marked range, with … where it was cut. */
export function Snippet({ text, ranges = [], maxLength = 140, className = 'ml-snippet' }: SnippetProps) {
  const w = snippetWindow(text, ranges, maxLength);
  return (
    <p className={className}>
      {w.cutStart && '…'}
      <Marked text={text.slice(w.start, w.end)} ranges={w.ranges} />
      {w.cutEnd && '…'}
    </p>
  );
}
