import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMinutes } from './decode';
import { parseMinutes } from './parse-minutes';
import { readSeed } from './seed-files';
import type { ParseResult } from './types';

/**
 * Hostile input for the parser: files far larger than any real minutes (50 MB in several shapes), thousands of bare
 * speaker labels, arbitrary text and arbitrary bytes. Each must end in a result or a clear diagnostic, with every
 * non-blank line accounted for. The shapes are the ones that were once quadratic (a long paragraph, many bare labels,
 * concatenated minutes), so a regression shows up as a test that never finishes.
 */

const MB = 1024 * 1024;
const SEED = readSeed('hq-036-2023-07-04.txt');
const SEED_LINES = SEED.split('\n');
const BODY_START = SEED_LINES.findIndex((l) => /^[0-9０-９]\s*議事概要/.test(l)) + 1;
const END = SEED_LINES.findIndex((l) => /^－ 以上 －$/.test(l));
const HEAD = SEED_LINES.slice(0, BODY_START).join('\n') + '\n';
const BODY = SEED_LINES.slice(BODY_START, END).join('\n') + '\n';

/** Repeats `unit` after `head` until the UTF-8 size reaches `bytes`; returns the text and how many copies it holds. */
function grow(head: string, unit: string, bytes: number, tail = ''): { text: string; copies: number } {
  const unitBytes = Buffer.byteLength(unit);
  const copies = Math.ceil((bytes - Buffer.byteLength(head + tail)) / unitBytes);
  return { text: head + unit.repeat(copies) + tail, copies };
}

/** The file as the import reads it: bytes, strictly decoded. */
function parseBytes(file: string, text: string): ParseResult {
  const bytes = new TextEncoder().encode(text);
  expect(bytes.length).toBeGreaterThanOrEqual(50 * MB);
  const decoded = decodeMinutes(file, bytes);
  expect(decoded.diagnostics).toEqual([]);
  return parseMinutes(file, decoded.text!);
}

/** Every non-blank line recorded once, in order; compared by loop because the arrays hold millions of entries. */
function expectEveryLineOnce(text: string, result: ParseResult): void {
  let line = 0;
  let record = 0;
  let mismatch: string | null = null;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    line++;
    if (raw.trim() === '') continue;
    if (result.lines[record]?.line !== line) {
      mismatch ??= `line ${line} recorded as ${JSON.stringify(result.lines[record])}`;
      break;
    }
    record++;
  }
  expect(mismatch).toBeNull();
  expect(result.lines).toHaveLength(record);
}

describe('a 50 MB file', () => {
  it('of one meeting whose body repeats keeps every remark and every line', () => {
    const seedRemarks = parseMinutes('seed.txt', SEED).meeting!.remarks;
    const { text, copies } = grow(HEAD, BODY, 50 * MB, '－ 以上 －\n');
    const r = parseBytes('huge.txt', text);
    expect(r.meeting!.remarks).toHaveLength(seedRemarks.length * copies);
    const last = r.meeting!.remarks.slice(-seedRemarks.length);
    expect(last.map((x) => x.text)).toEqual(seedRemarks.map((x) => x.text));
    expect(last.map((x) => x.attendee)).toEqual(seedRemarks.map((x) => x.attendee));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expectEveryLineOnce(text, r);
  });

  it('of minutes concatenated one after another (cat *.txt) parses as one meeting, losing no line', () => {
    const { text, copies } = grow('', SEED + '\n', 50 * MB);
    const r = parseBytes('all.txt', text);
    expect(r.meeting!.id).toBe('hq-036');
    const perCopy = parseMinutes('seed.txt', SEED).meeting!.remarks.length;
    // the title lines of each next copy land after the previous copy's last speaker, as one more remark per copy
    expect(r.meeting!.remarks.length).toBeGreaterThanOrEqual(perCopy * copies);
    // the same surname now names hundreds of attendees: the reason lists a few and counts the rest
    const ambiguous = r.diagnostics.find((d) => /matches \d+ attendees/.test(d.message))!;
    expect(ambiguous.message).toMatch(/ and \d+ more\) and the title does not single one out/);
    expectEveryLineOnce(text, r);
  });

  it('that is one paragraph cut into a million lines joins them into one remark', () => {
    const line = 'サイバーセキュリティの確保に向けて政府一体となって取り組んでいく\n';
    const { text, copies } = grow(HEAD + '○本部長\n', line, 50 * MB);
    const r = parseBytes('para.txt', text);
    expect(r.meeting!.remarks).toHaveLength(1);
    expect(r.meeting!.remarks[0].text).toHaveLength((line.length - 1) * copies);
    expectEveryLineOnce(text, r);
  });

  it('that is one line without a break is reported as not minutes', () => {
    const text = '議事'.repeat(Math.ceil((50 * MB) / 6));
    const r = parseBytes('line.txt', text);
    expect(r.meeting).toBeNull();
    expect(r.lines).toEqual([{ line: 1, kind: 'header' }]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ file: 'line.txt', line: 1, severity: 'error', message: expect.stringMatching(/^not minutes/) }),
    ]);
  });
});

describe('many bare speaker labels', () => {
  it('keeps 500,000 labels with no text as header lines, each reported', () => {
    const { text, copies } = grow(HEAD, '○岸防衛大臣\n', 5 * MB);
    const r = parseMinutes('labels.txt', text);
    expect(r.meeting!.remarks).toEqual([]);
    expect(r.diagnostics.filter((d) => d.message === 'speaker "岸防衛大臣" has no text')).toHaveLength(copies);
    expect(r.lines.slice(-copies).every((l) => l.kind === 'header')).toBe(true);
    expectEveryLineOnce(text, r);
  });
});

describe('arbitrary input (fast-check)', () => {
  it('never throws on any text, lone surrogates, NULs and stray BOMs included, and records every non-blank line', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(
        '\uFEFF',
        '\0',
        '\uD800',
        '\uDFFF',
        '\r',
        '\n',
        '\r\n',
        '\u2028',
        '○',
        '（',
        '）',
        '以上',
        '第１回会合',
        '令和5年7月4日',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const r = parseMinutes('any.txt', text);
        expectEveryLineOnce(text, r);
        if (r.meeting === null) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes any bytes to text or to one error naming a line inside the file, never throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const r = decodeMinutes('bytes.bin', bytes);
        if (r.text !== null) {
          expect(r.diagnostics).toEqual([]);
          return;
        }
        expect(r.diagnostics).toHaveLength(1);
        const lines = bytes.filter((b) => b === 0x0a).length + 1;
        expect(r.diagnostics[0]).toMatchObject({ file: 'bytes.bin', severity: 'error', message: expect.stringMatching(/^not UTF-8/) });
        expect(r.diagnostics[0].line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a UTF-16 file (Windows "Unicode") rather than reading it as something else', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'議事概要'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const r = decodeMinutes('utf16.txt', utf16);
    expect(r.text).toBeNull();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ file: 'utf16.txt', line: 1, severity: 'error', message: expect.stringMatching(/^not UTF-8/) }),
    ]);
  });
});
