import { describe, expect, it } from 'vitest';
import { decodeMinutes, firstInvalidUtf8 } from './decode';
import { parseMinutes } from './parse-minutes';
import { readSeed } from './seed-files';
import type { Diagnostic } from './types';

const errors = (r: { diagnostics: Diagnostic[] }) => r.diagnostics.filter((d) => d.severity === 'error');

describe('bad input', () => {
  it('reports an empty file and parses nothing', () => {
    const r = parseMinutes('empty.txt', '');
    expect(r.meeting).toBeNull();
    expect(r.lines).toEqual([]);
    expect(r.diagnostics).toEqual([{ file: 'empty.txt', line: 1, severity: 'error', message: 'empty file: nothing to parse' }]);
  });

  it('treats a whitespace-only file (spaces, tabs, ideographic spaces, CRLF) as empty', () => {
    const r = parseMinutes('blank.txt', ' \r\n\t\n　\n');
    expect(r.meeting).toBeNull();
    expect(errors(r)[0].message).toMatch(/empty file/);
  });

  it('says a text that is not minutes is not minutes, naming file and line', () => {
    const text = '\n\nThe quick brown fox.\nJumps over the lazy dog.\n';
    const r = parseMinutes('fox.txt', text);
    expect(r.meeting).toBeNull();
    expect(errors(r)).toEqual([expect.objectContaining({ file: 'fox.txt', line: 3, message: expect.stringMatching(/^not minutes/) })]);
    expect(r.lines.map((l) => l.line)).toEqual([3, 4]);
  });

  it('rejects Japanese prose of an unknown layout instead of inventing a meeting', () => {
    const r = parseMinutes(
      'news.txt',
      '政府は19日、サイバーセキュリティ推進専門家会議を開いた。\n平将明サイバー安全保障担当相は…と述べた。\n',
    );
    expect(r.meeting).toBeNull();
    expect(errors(r)[0].message).toMatch(/^not minutes/);
  });

  it('keeps a file truncated after the attendee list, warning that it may be truncated', () => {
    const text = readSeed('hq-034-2022-06-17.txt').split('\n').slice(0, 41).join('\n');
    const r = parseMinutes('cut.txt', text);
    expect(r.meeting).toMatchObject({ id: 'hq-034', date: '2022-06-17', remarks: [] });
    expect(r.meeting!.attendees).toHaveLength(24);
    expect(r.diagnostics.map((d) => d.message)).toEqual(
      expect.arrayContaining(['no remarks found', 'no end mark (以上): the file may be truncated']),
    );
    expect(r.diagnostics.find((d) => d.message.startsWith('no end mark'))!.line).toBe(40);
  });

  it('keeps the remarks of a file cut in the middle of a remark', () => {
    const text = readSeed('hq-036-2023-07-04.txt').split('\n').slice(0, 120).join('\n');
    const r = parseMinutes('cut.txt', text);
    expect(r.meeting!.remarks.map((x) => x.speakerLabel)).toEqual([
      '本部長',
      '谷副本部長兼国家公安委員会委員長',
      '上沼本部員',
      '後藤本部長',
      '酒井本部長',
      '櫻井本部員',
    ]);
    expect(
      r.meeting!.remarks[5].text.endsWith(
        '「信書の秘密」に行き着くのだが、これを技術面に踏み込んで考えると、人類史的に言えば、紙と、文字を書く道具の発明を前提に、明治時代になり近代的な郵便制度が導入されて、そうした制度的前提の上で語られるようになった概念であると承知している。そこでの基本的な想定というのは、人間が手で書いた書面を、人間が関与する形で運ぶということになる。これに対して、現代では、例えば電子メール等が登場しているが、電子メールの秘密というのは、秘密とはいっても、技術的には、サーバ管理者やメールの管理者が閲覧することは、システム上は可能であるし、情報の伝達というのは、グローバルなネットワークを通して、機械的、自動的に行われる仕組みとなっている。そこでは膨大なデータがほぼ瞬時に桁違いの多数者に送付され、到達するという状況が現出しており、伝統的な郵便と異なって、いわゆる住所はもはや意味を持たない。',
      ),
    ).toBe(true);
  });

  it('does not place a meeting without a date, and says why', () => {
    const text = readSeed('hq-034-2022-06-17.txt').replace('令和4年6月17日（金） 8時35分～9時00分', '（日付なし）');
    const r = parseMinutes('nodate.txt', text);
    expect(r.meeting).toBeNull();
    expect(errors(r)).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(/^no meeting date/) })]);
  });

  it('keeps an unknown speaker as printed, with no person, and reports the line', () => {
    const text = readSeed('hq-034-2022-06-17.txt').replace('○前田本部員', '○鈴木本部員');
    const r = parseMinutes('x.txt', text);
    const remark = r.meeting!.remarks.find((x) => x.speakerLabel === '鈴木本部員')!;
    expect(remark.attendee).toBeNull();
    expect(r.diagnostics).toContainEqual({
      file: 'x.txt',
      line: 100,
      severity: 'warning',
      message: 'unresolved speaker: no attendee matches "鈴木本部員"; kept as printed',
    });
  });

  it('does not guess between two people who share a surname when the title fits neither', () => {
    const text = readSeed('hq-001-2015-02-10.txt').replace('○（中谷防衛大臣）', '○（中谷氏）');
    const r = parseMinutes('x.txt', text);
    const remark = r.meeting!.remarks.find((x) => x.speakerLabel === '中谷氏')!;
    expect(remark.attendee).toBeNull();
    expect(r.diagnostics.find((d) => d.line === 785)!.message).toMatch(/matches 2 attendees \(中谷元, 中谷和弘\)/);
  });

  it('warns about a speaker label with no text and keeps the line as a header', () => {
    const r = parseMinutes('x.txt', readSeed('hq-034-2022-06-17.txt').replace('○岸防衛大臣', '○岸防衛大臣\n\n○岸防衛大臣'));
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ line: 193, severity: 'warning', message: 'speaker "岸防衛大臣" has no text' }),
    );
    expect(r.lines.find((l) => l.line === 193)).toEqual({ line: 193, kind: 'header' });
  });
});

describe('decoding', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('decodes UTF-8', () => {
    expect(decodeMinutes('a.txt', utf8('第１回会合 議事概要'))).toEqual({ text: '第１回会合 議事概要', diagnostics: [] });
  });

  it('refuses Shift_JIS bytes, naming the file and the line of the first bad byte', () => {
    // "議事概要" in Shift_JIS on line 3
    const sjis = new Uint8Array([...utf8('ab\n\n'), 0x8b, 0x63, 0x8e, 0x96, 0x8a, 0x54, 0x97, 0x76, 0x0a]);
    expect(new TextDecoder('shift_jis').decode(sjis.slice(4, 12))).toBe('議事概要');
    const r = decodeMinutes('sjis.txt', sjis);
    expect(r.text).toBeNull();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: 'sjis.txt',
        line: 3,
        severity: 'error',
        message: expect.stringMatching(/^not UTF-8: the bytes look like Shift_JIS/),
      }),
    ]);
  });

  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8(utf8('あいう'))).toBe(9);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe3, 0x81]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
  });

  it('warns when text already contains replacement characters (decoded elsewhere with the wrong encoding)', () => {
    const r = parseMinutes('x.txt', readSeed('hq-034-2022-06-17.txt').replace('総理大臣官邸', '総理\uFFFD官邸'));
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ line: 12, severity: 'warning', message: expect.stringMatching(/U\+FFFD/) }),
    );
  });
});
