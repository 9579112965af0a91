import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
  }, 60_000);

  it('parses the good files and reports the bad one by file and line', () => {
    const r = parse(sjis, 'seeds/hq-034-2022-06-17.txt');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Corpus).meetings).toHaveLength(1);
    expect(r.stderr).toMatch(/^sjis\.txt:1: error: not UTF-8: the bytes look like Shift_JIS/m);
  }, 60_000);

  it('exits non-zero when nothing could be parsed', () => {
    const r = parse(sjis, join(dir, 'missing.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nothing could be parsed');
    expect((JSON.parse(r.stdout) as Corpus).meetings).toEqual([]);
  }, 60_000);
});
