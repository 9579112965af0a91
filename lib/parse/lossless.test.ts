import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from './parse-minutes';
import { readSeed, SEED_FILES } from './seed-files';
import type { ParseResult } from './types';

function nonBlankLines(text: string): number[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
}

/** Every non-blank line recorded exactly once, and every record pointing at something that exists. */
function expectLossless(text: string, result: ParseResult): void {
  const recorded = result.lines.map((r) => r.line);
  expect(recorded).toEqual(nonBlankLines(text));
  const remarkIds = new Set(result.meeting?.remarks.map((r) => r.id));
  for (const rec of result.lines) {
    if (rec.kind === 'remark' && result.meeting) expect(remarkIds.has(rec.ref!)).toBe(true);
    if (rec.kind === 'note' && result.meeting) expect(Number(rec.ref)).toBeLessThan(result.meeting.notes.length);
  }
}

describe('lossless parse', () => {
  it.each(SEED_FILES)('accounts for every non-blank line of %s exactly once', (name) => {
    const text = readSeed(name);
    const result = parseMinutes(name, text);
    expectLossless(text, result);
    // and each remark's own line list agrees with the line map
    for (const r of result.meeting!.remarks) {
      expect(r.lines).toEqual(result.lines.filter((l) => l.ref === r.id).map((l) => l.line));
    }
  });

  it('sends each line of the 2015 seed where it belongs', () => {
    const result = parseMinutes('hq-001', readSeed('hq-001-2015-02-10.txt'));
    const at = (line: number) => result.lines.find((l) => l.line === line);
    expect(at(1)).toEqual({ line: 1, kind: 'header' });
    expect(at(21)).toEqual({ line: 21, kind: 'attendee' });
    expect(at(128)).toEqual({ line: 128, kind: 'agenda' });
    expect(at(138)).toEqual({ line: 138, kind: 'note', ref: '0' });
    expect(at(141)).toEqual({ line: 141, kind: 'remark', ref: 'hq-001-r2' });
    expect(at(220)).toEqual({ line: 220, kind: 'remark', ref: 'hq-001-r2' });
    expect(at(845)).toEqual({ line: 845, kind: 'header' });
  });
});

type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'truncate'; at: number; keep: number }
  | { op: 'insert'; at: number; pos: number; text: string };

/** Characters that matter to the parser: markers, brackets, digits, bullets, spaces, tabs, line breaks. */
const NASTY = fc.constantFrom(
  ...'○（）()【】「」・-－ 　\t\n\r※0１２(1)第回年月日時分：～。、'.split(''),
  'ー',
  '令和',
  '本部長',
  '\uFFFD',
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    pos: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.array(NASTY, { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
    ),
  }),
);

function mutate(text: string, mutations: Mutation[], cutAt: number | null): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) break;
    const i = m.at % lines.length;
    switch (m.op) {
      case 'drop':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]);
        break;
      case 'swap': {
        const j = m.with % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
        break;
      }
      case 'truncate':
        lines[i] = lines[i].slice(0, m.keep % (lines[i].length + 1));
        break;
      case 'insert': {
        const p = m.pos % (lines[i].length + 1);
        lines[i] = lines[i].slice(0, p) + m.text + lines[i].slice(p);
        break;
      }
    }
  }
  const out = lines.join('\n');
  return cutAt === null ? out : out.slice(0, cutAt % (out.length + 1));
}

describe('mutated seeds (fast-check)', () => {
  const seeds = SEED_FILES.map((f) => readSeed(f));

  it('never throws and never loses a non-blank line', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { maxLength: 30 }),
        fc.option(fc.nat(), { nil: null }),
        fc.boolean(),
        (seed, mutations, cutAt, shuffle) => {
          let text = mutate(seeds[seed], mutations, cutAt);
          if (shuffle) text = text.split('\n').reverse().join('\n');
          const result = parseMinutes('mutated.txt', text);
          expectLossless(text, result);
          for (const d of result.diagnostics) expect(d.file).toBe('mutated.txt');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
