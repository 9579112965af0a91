import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../lib/corpus/types';

const root = fileURLToPath(new URL('..', import.meta.url));

function parse(...files: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...files], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run parse', () => {
  it('reports a batch of real layouts honestly: each failure with its cause and line, a summary, exit 1', () => {
    const fixtures = readdirSync('lib/parse/fixtures').filter((f) => f.endsWith('.txt')).map((f) => `lib/parse/fixtures/${f}`);
    const r = parse(...fixtures, 'lib/parse/fixtures/bad/no-date.txt', 'lib/parse/fixtures/bad/not-minutes.txt');
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe(`${fixtures.length} of ${fixtures.length + 2} files parsed; 2 failed`);
    expect(lines).toContain('no-date.txt:3: error: no meeting date (平成/令和 …年…月…日) found; the meeting cannot be placed in time: no 日時 item recognised; line 3 looks like a date: "日付 平成20年9月 (日は判読できず)"');
    expect(lines).toContain('not-minutes.txt:1: error: not minutes: no meeting title (第N回), date, attendee list or remarks found');
    expect(lines).toContain('hq-ci-012.txt: hq-ci-012: found title, date, times, venue; 8 attendees; 2 agenda items; 4 remarks (3 unnamed); speakers 1/1 resolved; 2 repair(s)');
    expect(JSON.parse(r.stdout).meetings).toHaveLength(fixtures.length);
  }, 120_000);

  it('groups warnings of one kind into one line with their lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-lens-group-'));
    const file = join(dir, 'many.txt');
    const seed = readFileSync('seeds/hq-034-2022-06-17.txt', 'utf8');
    writeFileSync(file, seed.replace('○前田本部員', '○鈴木本部員').replace('○宮澤本部員', '○佐藤本部員'));
    const r = parse(file);
    const unresolved = r.stderr.split('\n').filter((l) => l.includes('unresolved speaker'));
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0]).toMatch(/^many\.txt:\d+: warning: unresolved speaker: no attendee matches "鈴木本部員"; kept as printed \(2 times, lines \d+, \d+\)$/);
  }, 120_000);

  const dir = mkdtempSync(join(tmpdir(), 'minutes-lens-parse-'));
  const sjis = join(dir, 'sjis.txt');
  writeFileSync(sjis, new Uint8Array([0x8b, 0x63, 0x8e, 0x96, 0x8a, 0x54, 0x97, 0x76, 0x0a]));

  it('prints one Corpus JSON for the seeds on stdout and diagnostics on stderr', () => {
    const r = parse('seeds/hq-001-2015-02-10.txt', 'seeds/hq-034-2022-06-17.txt', 'seeds/hq-036-2023-07-04.txt', 'seeds/council-001-2025-09-19.txt');
    expect(r.status).toBe(0);
    const corpus = JSON.parse(r.stdout) as Corpus;
    expect(corpus.meetings).toHaveLength(4);
    expect(corpus.version).toMatch(/^[0-9a-f]{16}$/);
    expect(r.stderr).toContain('hq-034-2022-06-17.txt:32: warning: absent "遠藤本部員" not identified');
    expect(r.stderr).toContain('hq-034-2022-06-17.txt: hq-034: found title, date, times, venue; 22 attendees (+2 absent); 4 agenda items; 18 remarks; speakers 18/18 resolved');
    expect(r.stderr.trim().split('\n').at(-1)).toBe('4 of 4 files parsed; 0 failed');
  }, 120_000);

  it('parses the good files, reports the bad one by file and line, and exits 1 because one failed', () => {
    const r = parse(sjis, 'seeds/hq-034-2022-06-17.txt');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe('1 of 2 files parsed; 1 failed');
    expect((JSON.parse(r.stdout) as Corpus).meetings).toHaveLength(1);
    expect(r.stderr).toMatch(/^sjis\.txt:1: error: not UTF-8: the bytes look like Shift_JIS/m);
  }, 120_000);

  it('exits non-zero when nothing could be parsed', () => {
    const r = parse(sjis, join(dir, 'missing.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('0 of 2 files parsed; 2 failed');
    expect(r.stderr).toMatch(/^missing\.txt: error: cannot read: ENOENT/m);
    expect((JSON.parse(r.stdout) as Corpus).meetings).toEqual([]);
  }, 120_000);
});
