import { type EntityRef, markKind } from '../corpus/views';
import { Automaton } from './automaton';
import type { CompiledPatterns } from './compile';
import { type Prefilter, buildPrefilter } from './prefilter';
import { type PatternInfo, Recognizer } from './recognizer';

/**
 * The recognizer's compact binary form: one ArrayBuffer of typed arrays (the automaton's tables, pattern lengths,
 * flags and refs) and a short JSON tail (the ref table, the pre-filter). The background builds it once per corpus
 * revision and caches it in IndexedDB; loading it back is a few typed-array views and one small JSON.parse, so a
 * restarted service worker answers again within milliseconds, without recompiling the patterns.
 *
 * Layout (all sections 4-byte aligned): a header of 8 uint32 (magic, format, states, edges, patterns, ref entries,
 * tail bytes, 0), then edgeStart int32[states + 1], fail int32[states], out int32[states], dict int32[states],
 * refStart uint32[patterns + 1], refIndex uint32[ref entries], edgeChar uint16[edges], length uint16[patterns],
 * flags uint8[patterns], tail (UTF-8 JSON).
 */

const MAGIC = 0x4d4c5243; // "MLRC"
const FORMAT = 1;

interface Tail {
  version: string;
  dataDate?: string;
  refs: EntityRef[];
  prefilter: Prefilter;
}

export interface LoadedRecognizer {
  recognizer: Recognizer;
  version: string;
  dataDate?: string;
  prefilter: Prefilter;
  /** the binary form's size, bytes */
  bytes: number;
}

const align = (n: number) => (n + 3) & ~3;

/** Where each section starts, and where the tail starts (every section 4-byte aligned). */
function layout(states: number, edges: number, patterns: number, refEntries: number): { offsets: number[]; total: number } {
  const sizes = [
    32,
    4 * (states + 1),
    4 * states,
    4 * states,
    4 * states,
    4 * (patterns + 1),
    4 * refEntries,
    2 * edges,
    2 * patterns,
    patterns,
  ];
  const offsets: number[] = [];
  let total = 0;
  for (const size of sizes) {
    offsets.push(total);
    total = align(total + size);
  }
  return { offsets, total };
}

export function encodeRecognizer(compiled: CompiledPatterns): ArrayBuffer {
  const automaton = new Automaton(compiled.automaton).typed;
  const states = automaton.fail.length;
  const edges = automaton.edgeChar.length;
  const patterns = compiled.patterns.length;
  const refEntries = compiled.patterns.reduce((n, p) => n + p.refs.length, 0);
  const tail: Tail = {
    version: compiled.version,
    dataDate: compiled.dataDate,
    refs: compiled.refs,
    prefilter: buildPrefilter(compiled.patterns.map((p) => p.text)),
  };
  const tailBytes = new TextEncoder().encode(JSON.stringify(tail));
  const { offsets, total } = layout(states, edges, patterns, refEntries);
  const tailOffset = total;
  const buffer = new ArrayBuffer(align(tailOffset + tailBytes.length));
  new Uint32Array(buffer, 0, 8).set([MAGIC, FORMAT, states, edges, patterns, refEntries, tailBytes.length, 0]);
  new Int32Array(buffer, offsets[1], states + 1).set(automaton.edgeStart);
  new Int32Array(buffer, offsets[2], states).set(automaton.fail);
  new Int32Array(buffer, offsets[3], states).set(automaton.out);
  new Int32Array(buffer, offsets[4], states).set(automaton.dict);
  const refStart = new Uint32Array(buffer, offsets[5], patterns + 1);
  const refIndex = new Uint32Array(buffer, offsets[6], refEntries);
  const length = new Uint16Array(buffer, offsets[8], patterns);
  const flags = new Uint8Array(buffer, offsets[9], patterns);
  let k = 0;
  compiled.patterns.forEach((p, i) => {
    refStart[i] = k;
    for (const r of p.refs) refIndex[k++] = r;
    length[i] = p.text.length;
    flags[i] = p.flags;
  });
  refStart[patterns] = k;
  new Uint16Array(buffer, offsets[7], edges).set(automaton.edgeChar);
  new Uint8Array(buffer, tailOffset, tailBytes.length).set(tailBytes);
  return buffer;
}

export function decodeRecognizer(buffer: ArrayBuffer): LoadedRecognizer {
  const [magic, format, states, edges, patterns, refEntries, tailLength] = new Uint32Array(buffer, 0, 8);
  if (magic !== MAGIC || format !== FORMAT) throw new Error('not a recognizer of this format');
  const { offsets, total } = layout(states, edges, patterns, refEntries);
  const tail = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, total, tailLength))) as Tail;
  const automaton = new Automaton({
    edgeStart: new Int32Array(buffer, offsets[1], states + 1),
    fail: new Int32Array(buffer, offsets[2], states),
    out: new Int32Array(buffer, offsets[3], states),
    dict: new Int32Array(buffer, offsets[4], states),
    edgeChar: new Uint16Array(buffer, offsets[7], edges),
  });
  const refStart = new Uint32Array(buffer, offsets[5], patterns + 1);
  const refIndex = new Uint32Array(buffer, offsets[6], refEntries);
  const length = new Uint16Array(buffer, offsets[8], patterns);
  const flags = new Uint8Array(buffer, offsets[9], patterns);
  const infos = new Array<PatternInfo>(patterns);
  for (let i = 0; i < patterns; i++) {
    const refs: EntityRef[] = [];
    for (let k = refStart[i]; k < refStart[i + 1]; k++) refs.push(tail.refs[refIndex[k]]);
    infos[i] = { length: length[i], flags: flags[i], refs, kind: markKind(refs) };
  }
  return {
    recognizer: new Recognizer({ automaton, patterns: infos }),
    version: tail.version,
    dataDate: tail.dataDate,
    prefilter: tail.prefilter,
    bytes: buffer.byteLength,
  };
}
