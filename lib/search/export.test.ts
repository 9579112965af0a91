import { describe, expect, it } from 'vitest';
import { remarkView } from '../db/testing/views';
import { citeRemark } from './citation';
import { exportRow, toCsv, toJson } from './export';

describe('citeRemark', () => {
  it('cites body, 第N回会合 議事概要, date and the speaker with their role at that meeting', () => {
    expect(citeRemark(remarkView('hq-034-r1'))).toBe('サイバーセキュリティ戦略本部「第34回会合 議事概要」（2022年6月17日）村井純（慶應義塾大学教授）発言');
  });

  it('says when a remark was submitted in writing', () => {
    expect(citeRemark(remarkView('hq-036-r2'))).toBe('サイバーセキュリティ戦略本部「第36回会合 議事概要」（2023年7月4日）高市早苗（経済安全保障担当大臣）書面提出');
  });

  it('cites an unnamed speaker by the label the minutes print', () => {
    expect(citeRemark(remarkView('hq-036-r3'))).toBe('サイバーセキュリティ戦略本部「第36回会合 議事概要」（2023年7月4日）委員発言');
  });
});

describe('CSV export', () => {
  const rows = ['hq-034-r1', 'hq-001-r3'].map((id) => exportRow(remarkView(id)));

  it('starts with a UTF-8 byte order mark so Excel reads the Japanese, and ends lines with CRLF', () => {
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFid,date,body,meeting,section,speaker,role,written,text,citation\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
  });

  it('quotes fields holding commas, quotes or line breaks, doubling the quotes', () => {
    const row = { ...rows[0], text: '第一に、"防御"を\n強化する,と述べた' };
    const line = toCsv([row]).split('\r\n')[1];
    expect(line).toContain('"第一に、""防御""を\n強化する,と述べた"');
  });

  it('writes one row per result with its fields in column order', () => {
    const line = toCsv(rows).split('\r\n')[1];
    expect(line.startsWith('hq-034-r1,2022-06-17,サイバーセキュリティ戦略本部,34,討議,村井純,慶應義塾大学教授,false,')).toBe(true);
  });
});

describe('JSON export', () => {
  it('holds the query, filters, count and the same rows as the CSV', () => {
    const rows = [exportRow(remarkView('hq-034-r1'))];
    const json = JSON.parse(toJson(rows, { query: 'パワーグリッド', filters: { from: '2022-01-01' }, sort: 'relevance', corpusVersion: 'test-1' })) as {
      results: unknown[];
    };
    expect(json).toMatchObject({ query: 'パワーグリッド', filters: { from: '2022-01-01' }, count: 1, corpusVersion: 'test-1' });
    expect(json.results[0]).toEqual(rows[0]);
  });
});
