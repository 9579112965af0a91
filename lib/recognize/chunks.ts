/** A run of text to recognise in one time slice: consecutive pieces of a block's segments. */
export interface Chunk {
  pieces: { segment: number; from: number; to: number }[];
}

/** Punctuation that ends a clause: cutting right after one cannot split a mention. */
const CLAUSE_ENDS = '。！？、，「」『』（）!?';

/**
 * Splits a block's segments into chunks of about `maxChars` so a huge block (a 1 MB text node) can be recognised over
 * several time slices. Cuts go right after clause-ending punctuation that no pattern contains; a block without any is
 * cut hard at twice the size, the one place a mention could be missed.
 */
export function planChunks(segments: readonly string[], maxChars: number, patternChars: ReadonlySet<string>): Chunk[] {
  const text = segments.join('');
  if (text.length <= maxChars) return [{ pieces: segments.map((s, segment) => ({ segment, from: 0, to: s.length })) }];
  const safe = new Set([...CLAUSE_ENDS].filter((c) => !patternChars.has(c.normalize('NFKC'))));
  const cuts: number[] = [0];
  let at = 0;
  while (text.length - at > maxChars) {
    let cut = -1;
    const limit = Math.min(text.length, at + 2 * maxChars);
    for (let i = at + maxChars; i < limit && cut < 0; i++) if (safe.has(text[i])) cut = i + 1;
    at = cut > 0 ? cut : limit;
    cuts.push(at);
  }
  if (at < text.length) cuts.push(text.length);

  const starts: number[] = [];
  let total = 0;
  for (const s of segments) {
    starts.push(total);
    total += s.length;
  }
  const chunks: Chunk[] = [];
  for (let k = 1; k < cuts.length; k++) {
    const [from, to] = [cuts[k - 1], cuts[k]];
    const pieces: Chunk['pieces'] = [];
    segments.forEach((s, segment) => {
      const a = Math.max(from, starts[segment]);
      const b = Math.min(to, starts[segment] + s.length);
      if (a < b) pieces.push({ segment, from: a - starts[segment], to: b - starts[segment] });
    });
    chunks.push({ pieces });
  }
  return chunks;
}
