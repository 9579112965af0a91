import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../people/node-tokenizer';
import { type ImportTokenizer, prepareImport } from './prepare';

let tokenizer: ImportTokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
}, 120_000);

const source = (text: string, file = 'x.txt') => ({ file, kind: 'txt' as const, size: text.length, text });

describe('preparing an import', () => {
  it('previews the meeting, attendees, remarks and what the parser could not read, before anything is saved', async () => {
    const text = readFileSync(join(import.meta.dirname, '../../tests/e2e/fixtures/import/hq-040-2025-12-01.txt'), 'utf8');
    const { preview, row } = await prepareImport(source(text, 'hq-040.txt'), tokenizer);
    expect(preview).toMatchObject({
      meetingId: 'hq2-040',
      body: 'サイバーセキュリティ戦略本部',
      number: 40,
      date: '2025-12-01',
      start: '10:00',
      end: '10:40',
      venue: '総理大臣官邸4階大会議室',
      remarks: 5,
      status: 'partial',
      unresolved: [],
    });
    expect(preview.present.map((a) => a.name)).toEqual(['松本一郎', '村井純', '山本花子', '青木健', '佐藤次郎']);
    expect(preview.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('absent "田中本部員" not identified')]);
    expect(row).toMatchObject({ id: 'imp-hq2-040', meetingId: 'hq2-040', file: 'hq-040.txt', status: 'partial' });
    expect(row.corpus.terms.every((t) => t.remarkIds.length > 0)).toBe(true);
  });

  it('refuses empty text, text that is not minutes, and minutes without a date', async () => {
    await expect(prepareImport(source(' \n　\n'), tokenizer)).rejects.toMatchObject({ problem: { code: 'empty' } });
    await expect(prepareImport(source('The quick brown fox.\nJumps over the lazy dog.\n'), tokenizer)).rejects.toMatchObject({
      problem: { code: 'not-minutes' },
    });
    const undated = 'サイバーセキュリティ戦略本部\n第50回会合 議事概要\n\n4 議事概要\n\n○村井本部員\n\n発言。\n';
    await expect(prepareImport(source(undated), tokenizer)).rejects.toMatchObject({ problem: { code: 'no-date' } });
  });
});
