/**
 * Compressed blocks for the stored search index (lib/search/stored-index.ts): text written in pieces, so the whole text
 * never exists as one string while it is packed, and sorted integer lists as deltas. The streams are the platform's
 * own (CompressionStream, in browsers and in Node), run natively and off the script's critical path.
 */

const FORMAT = 'deflate-raw';
/** UTF-16 units gathered before they are handed to the compressor. */
const BATCH = 1 << 16;

async function collect(readable: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The text made of `pieces`, in order, as UTF-16 code units, compressed: reading it back is one decoding of UTF-16,
 * about a copy, where UTF-8 would be decoded character by character.
 */
export function deflateText(pieces: Iterable<string>): Promise<Uint8Array<ArrayBuffer>> {
  return deflateChunks(
    (function* () {
      let chunk = new Uint16Array(BATCH);
      let at = 0;
      for (const piece of pieces) {
        for (let i = 0; i < piece.length; i++) {
          chunk[at++] = piece.charCodeAt(i);
          if (at === BATCH) {
            yield new Uint8Array(chunk.buffer);
            chunk = new Uint16Array(BATCH);
            at = 0;
          }
        }
      }
      if (at > 0) yield new Uint8Array(chunk.buffer, 0, at * 2);
    })(),
  );
}

export async function inflateText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return new TextDecoder('utf-16le').decode(await inflate(bytes));
}

/** Compresses the blocks `chunks` yields, in order; each is handed over before the next is made. */
async function deflateChunks(chunks: Iterable<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new CompressionStream(FORMAT);
  const out = collect(stream.readable);
  const writer = stream.writable.getWriter();
  for (const chunk of chunks) await writer.write(chunk);
  await writer.close();
  return out;
}

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new DecompressionStream(FORMAT);
  const out = collect(stream.readable);
  const writer = stream.writable.getWriter();
  await writer.write(bytes);
  await writer.close();
  return out;
}

/** Values gathered before they are handed to the compressor. */
const VALUES = 1 << 15;

/**
 * Sorted lists of integers, each as its first value and then the differences, compressed: the differences between the
 * positions of remarks holding a word are small and repeat. Read back as one array, list after list.
 */
export function deflateSortedLists(lists: readonly Int32Array[]): Promise<Uint8Array<ArrayBuffer>> {
  return deflateChunks(
    (function* () {
      let chunk = new Int32Array(VALUES);
      let at = 0;
      for (const list of lists) {
        for (let i = 0; i < list.length; i++) {
          chunk[at++] = i === 0 ? list[0] : list[i] - list[i - 1];
          if (at === VALUES) {
            yield new Uint8Array(chunk.buffer);
            chunk = new Int32Array(VALUES);
            at = 0;
          }
        }
      }
      if (at > 0) yield new Uint8Array(chunk.buffer, 0, at * 4);
    })(),
  );
}

/** The lists of deflateSortedLists, concatenated; list w ends at `ends[w]`. */
export async function inflateSortedLists(bytes: Uint8Array<ArrayBuffer>, ends: Int32Array): Promise<Int32Array> {
  const raw = await inflate(bytes);
  const values = new Int32Array(raw.buffer, raw.byteOffset, raw.byteLength >> 2);
  let from = 0;
  for (const to of ends) {
    for (let i = from + 1; i < to; i++) values[i] += values[i - 1];
    from = to;
  }
  return values;
}

/** Lists of small counts, concatenated and compressed. */
export function deflateUint16Lists(lists: readonly Uint16Array[]): Promise<Uint8Array<ArrayBuffer>> {
  return deflateChunks(
    (function* () {
      let chunk = new Uint16Array(VALUES);
      let at = 0;
      for (const list of lists) {
        for (let i = 0; i < list.length; i++) {
          chunk[at++] = list[i];
          if (at === VALUES) {
            yield new Uint8Array(chunk.buffer);
            chunk = new Uint16Array(VALUES);
            at = 0;
          }
        }
      }
      if (at > 0) yield new Uint8Array(chunk.buffer, 0, at * 2);
    })(),
  );
}

export async function inflateUint16(bytes: Uint8Array<ArrayBuffer>): Promise<Uint16Array> {
  const raw = await inflate(bytes);
  return new Uint16Array(raw.buffer, raw.byteOffset, raw.byteLength >> 1);
}

/** A value as JSON, in pieces: an object's arrays item by item (a corpus's 12,600 remarks), the rest whole. */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(v)) {
      yield '[';
      for (let i = 0; i < v.length; i++) yield (i > 0 ? ',' : '') + (JSON.stringify(v[i]) ?? 'null');
      yield ']';
    } else yield JSON.stringify(v);
  }
  yield '}';
}
