import { describe, expect, it } from 'vitest';
import { pairCells, parseAbsenceNote, parseAttendeeLine, parseGroupHeader, type AttendeeItem } from './attendees';
import { looksLikeDate, readEraDate, readTimeRange } from './dates';
import { chairPost, meetingId, parseTitle, splitHeaderItems } from './header';
import { parseMinutes } from './parse-minutes';
import { anonymousBullet, splitSpeakerMarker } from './speakers';

/** What one line means, piece by piece: the building blocks the fixtures rely on. */

describe('dates and times damaged by extraction', () => {
  it.each([
    ['平成 20 年9月4日(木)', '2008-09-04'],
    ['平成 20 年 11 月 5 日(水)', '2008-11-05'],
    ['平成２７年２月１０日（火）', '2015-02-10'],
    ['令和元年5月1日', '2019-05-01'],
  ])('reads %s', (text, iso) => {
    expect(readEraDate(text)).toEqual({ date: iso, repairs: [] });
  });

  it('reads a date whose 年 was lost, and says so; never when year and month run together', () => {
    expect(readEraDate('平成 29 10 月4日(水)')).toEqual({ date: '2017-10-04', repairs: ['年 missing between year and month in "平成 29 10 月4日"'] });
    expect(readEraDate('平成2910月4日')).toBeUndefined();
  });

  it.each([
    ['16 時 00 分~ 19 時 30 分', '16:00', '19:30'],
    ['16 時 00 分〜 18 時 40 分', '16:00', '18:40'],
    ['15:00〜17:00', '15:00', '17:00'],
    ['17：00～18：00', '17:00', '18:00'],
    ['8時35分～9時00分', '08:35', '09:00'],
    ['10時～12時', '10:00', '12:00'],
  ])('reads the range %s', (text, start, end) => {
    expect(readTimeRange(text)).toEqual({ time: { start, end }, repairs: [] });
  });

  it('reads a range whose final 時 was lost, and says so', () => {
    expect(readTimeRange('平成 29 10 月4日(水)10 時~12')).toEqual({
      time: { start: '10:00', end: '12:00' },
      repairs: ['時 missing after the end hour in "10 時~12": read as 12:00'],
    });
  });

  it('tells a line that looks like a date from one that does not', () => {
    expect(looksLikeDate('日付 平成20年9月')).toBe(true);
    expect(looksLikeDate('内閣府本府 地下1階講堂')).toBe(false);
  });
});

describe('header items wherever they stand', () => {
  const kinds = (line: string, atStart = true) => splitHeaderItems(line, atStart).map((p) => `${p.item ?? '-'}:${p.text}`);

  it('finds items run into one line, with spaces inside their labels', () => {
    expect(kinds('平成20年10月3日(金) 13 時 00 分~ 15 時 30 分 2.場 所')).toEqual(['-:平成20年10月3日(金) 13 時 00 分~ 15 時 30 分', 'venue:']);
    expect(kinds('内閣府本府 地下1階講堂 3.出席者')).toEqual(['-:内閣府本府 地下1階講堂', 'attendees:']);
    expect(kinds('1 日 時 平成13年7月4日 15:00〜17:00')).toEqual(['date:平成13年7月4日 15:00〜17:00']);
  });

  it('finds every item of a header written on one line, the remark on list order dropped from the label', () => {
    expect(kinds('1 本部 第 12 回会合 議事概要 1 日 時 平成 29 10 月4日 2 場 所 中央官庁 13 階 3 出席者(五十音順・敬称略) 阿部 克則 委員')).toEqual([
      '-:1 本部 第 12 回会合 議事概要',
      'date:平成 29 10 月4日',
      'venue:中央官庁 13 階',
      'attendees:阿部 克則 委員',
    ]);
  });

  it('reads a label without its number at the start of a line, and never "第 13 回" or "13 階" as items', () => {
    expect(kinds('日  時 ')).toEqual(['date:']);
    expect(kinds('場所：中央合同庁舎4号館')).toEqual(['venue:中央合同庁舎4号館']);
    expect(kinds('第 13 回会合 合同庁舎 13 階')).toEqual(['-:第 13 回会合 合同庁舎 13 階']);
    expect(kinds('場所によっては対策が遅れている')).toEqual(['-:場所によっては対策が遅れている']);
  });

  it('reads titles with the body parts spaced, page numbers and (第N回)', () => {
    expect(parseTitle('(1) 情報セキュリティ政策会議  基本計画検討委員会  第 14 回会合議事要旨')).toEqual({ body: '情報セキュリティ政策会議 基本計画検討委員会', number: 14, title: '第14回会合' });
    expect(parseTitle('IT戦略本部 情報セキュリティ専門調査会 (第2回)議事要旨')).toEqual({ body: 'IT戦略本部 情報セキュリティ専門調査会', number: 2, title: '第2回会合' });
  });

  it('gives each body its own ids, the reorganised HQ included', () => {
    expect(meetingId('サイバーセキュリティ戦略本部', 1, '2015-02-10')).toBe('hq-001');
    expect(meetingId('サイバーセキュリティ戦略本部', 1, '2025-07-01')).toBe('hq2-001');
    expect(meetingId('サイバーセキュリティ戦略本部 重要インフラ専門調査会', 12, '2017-10-04')).toBe('hq-ci-012');
    expect(meetingId('サイバーセキュリティ戦略本部 普及啓発・人材育成専門調査会', 3, '2016-03-01')).toBe('hq-hr-003');
    expect(meetingId('IT戦略本部 情報セキュリティ専門調査会', 2, '2001-07-04')).toBe('it-isec-002');
    expect(meetingId('情報セキュリティ政策会議 基本計画検討委員会', 10, '2008-09-04')).toBe('ispc-plan-010');
    expect(meetingId('情報セキュリティ政策会議', 20, '2009-02-03')).toBe('ispc-020');
  });

  it('knows who a bare 本部長 is on each date', () => {
    expect(chairPost('サイバーセキュリティ戦略本部', '2025-06-30')!.post.source).toBe('内閣官房長官');
    expect(chairPost('サイバーセキュリティ戦略本部', '2025-07-01')!.post.source).toBe('内閣総理大臣');
    expect(chairPost('情報セキュリティ政策会議', '2009-02-03')).toMatchObject({ title: '議長' });
    expect(chairPost('サイバーセキュリティ戦略本部 重要インフラ専門調査会', '2017-10-04')).toBeUndefined();
  });
});

describe('attendee lines', () => {
  const read = (line: string) =>
    parseAttendeeLine(line).map((i: AttendeeItem) =>
      i.kind === 'person' ? `person:${i.person.name}|${i.person.surname ?? ''}|${i.person.role}` : i.kind === 'names' ? `names:${i.parts.join(' ')}` : i.kind === 'group' ? `group:${i.group}` : `${i.kind}:${i.text}`,
    );

  it('splits several people on one line, each with title and affiliation', () => {
    expect(read('有賀 貞一 委員 株式会社サンプル代表取締役 井田 陽一 委員 東都新聞論説委員')).toEqual([
      'person:有賀貞一|有賀|委員 株式会社サンプル代表取締役',
      'person:井田陽一|井田|委員 東都新聞論説委員',
    ]);
    expect(read('鈴村 俊二 東京オリンピック競技大会担当大臣 小松 八郎 国家公安委員会委員長')).toEqual([
      'person:鈴村俊二|鈴村|東京オリンピック競技大会担当大臣',
      'person:小松八郎|小松|国家公安委員会委員長',
    ]);
  });

  it('splits a name glued to its title, and keeps a name printed in one piece whole', () => {
    expect(read('山田 太郎座長(〇〇大学名誉教授)')).toEqual(['person:山田太郎|山田|座長(〇〇大学名誉教授)']);
    expect(read('鈴木花子委員((社)日本サンプル協会)')).toEqual(['person:鈴木花子||委員((社)日本サンプル協会)']);
    expect(read('安藤伊佐夫 委員 (第一保険株式会社)')).toEqual(['person:安藤伊佐夫||委員 (第一保険株式会社)']);
  });

  it('makes no person of organisations, posts or a title that merely ends in 委員', () => {
    expect(read('総務省 経済産業省 防衛省')).toEqual(['title:総務省', 'title:経済産業省', 'title:防衛省']);
    expect(read('内閣危機管理監')).toEqual(['title:内閣危機管理監']);
    expect(read('東都新聞論説委員')).toEqual(['title:東都新聞論説委員']);
  });

  it('reads group headers with spaces inside, and notes on the list', () => {
    expect(parseGroupHeader('【委 員】')).toMatchObject({ group: '委員' });
    expect(parseGroupHeader('【政  府】')).toMatchObject({ group: '政府側' });
    expect(parseGroupHeader('【政策会議有識者構成員】')).toMatchObject({ group: '委員' });
    expect(parseGroupHeader('(オブザーバ)')).toMatchObject({ group: 'オブザーバ' });
    expect(parseGroupHeader('(政府側出席者)')).toMatchObject({ group: '政府側' });
    expect(parseGroupHeader('(五十音順)')).toBeUndefined();
    expect(read('(五十音順)')).toEqual(['note:(五十音順)']);
  });

  it('rebuilds column runs, and keeps what does not pair as printed', () => {
    const cell = (t: string, kind: 'names' | 'title') => ({ item: kind === 'names' ? { kind, parts: t.split(' ') } : { kind, text: t }, line: 1 }) as Parameters<typeof pairCells>[0][number];
    const run = [...['世良', '杉本', '西川'].map((t) => cell(t, 'names')), ...['弘明', '和也', '泰三'].map((t) => cell(t, 'names')), ...['副長官', '危機管理監', '政策監'].map((t) => cell(t, 'title'))];
    expect(pairCells(run).people.map((p) => `${p.person.name}|${p.person.role}`)).toEqual(['世良弘明|副長官', '杉本和也|危機管理監', '西川泰三|政策監']);
    const odd = pairCells([cell('世良', 'names'), cell('杉本', 'names'), cell('西川', 'names'), cell('副長官', 'title')]);
    expect(odd.people).toEqual([]);
    expect(odd.unpaired.map((u) => u.text)).toEqual(['世良', '杉本', '西川', '副長官']);
  });

  it('reads absence notes with or without ※ and parentheses', () => {
    expect(parseAbsenceNote('（※高市経済安全保障担当大臣、遠藤本部員及び土屋本部員はご欠席。）')).toEqual(['高市経済安全保障担当大臣', '遠藤本部員', '土屋本部員']);
    expect(parseAbsenceNote('(※江藤委員、辻本委員は欠席)')).toEqual(['江藤委員', '辻本委員']);
    expect(parseAbsenceNote('欠席者は後日資料を送付した。')).toBeUndefined();
  });
});

describe('○: a speaker marker or an unnamed bullet', () => {
  it('is a marker before a label', () => {
    expect(splitSpeakerMarker('○（小野寺本部員）text')).toEqual({ label: '小野寺本部員', rest: 'text' });
    expect(splitSpeakerMarker('○中谷本部員')).toEqual({ label: '中谷本部員', rest: '' });
    expect(splitSpeakerMarker('○新井委員 資格制度の見直しとあわせて検討すべき。')).toEqual({ label: '新井委員', rest: '資格制度の見直しとあわせて検討すべき。' });
    expect(splitSpeakerMarker('○座長')).toEqual({ label: '座長', rest: '' });
  });

  it('is a bullet before a sentence, and no speaker is made of its text', () => {
    expect(splitSpeakerMarker('○ 〇〇の促進とあるが、対象は何か。')).toBeUndefined();
    expect(anonymousBullet('○ 〇〇の促進とあるが、対象は何か。')).toBe('〇〇の促進とあるが、対象は何か。');
    expect(splitSpeakerMarker('○重要インフラ分野として、医療分野も重要である。')).toBeUndefined();
    expect(splitSpeakerMarker('○ 人材育成の担当官')).toBeUndefined();
    expect(splitSpeakerMarker('○（〇〇とあるが、どうか。）')).toBeUndefined();
  });
});

describe('the attendee list never reads a sentence for people', () => {
  it('keeps a remark on the list as a note', () => {
    const text = '本部 第1回会合 議事概要\n1 日時 令和2年1月1日 10:00～11:00\n2 場所 会議室\n3 出席者\n山田 太郎 委員 大学教授\n※上記のほか関係府省が出席した。\n4 議事概要\n○山田委員\n発言。\n以上\n';
    const m = parseMinutes('x.txt', text).meeting!;
    expect(m.attendees.map((a) => a.name)).toEqual(['山田太郎']);
    expect(m.others).toEqual([]);
    expect(m.notes).toEqual(['※上記のほか関係府省が出席した。']);
  });
});

describe('a 欠席者 item', () => {
  it('makes the people and labels under it absent attendees', () => {
    const text = [
      'IT戦略本部 情報セキュリティ専門調査会（第6回）議事要旨',
      '1 日 時 平成13年12月3日 10:00〜12:00',
      '2 場 所 会議室',
      '3 出席者',
      '(委員)',
      '石原 道夫座長(東和大学名誉教授)',
      '4 欠 席 者',
      '江藤委員、辻本委員',
      '前川 雅之委員(東都立大学法学部教授)',
      '5 議事概要',
      '○座長',
      '開会した。',
      '以上',
    ].join('\n');
    const m = parseMinutes('x.txt', text).meeting!;
    expect(m.attendees.map((a) => `${a.name ?? a.label}|${a.group}${a.absent ? '!' : ''}`)).toEqual(['石原道夫|委員', '前川雅之|委員!', '江藤委員|委員!', '辻本委員|委員!']);
    expect(m.confidence).toMatchObject({ attendees: 1, absent: 3 });
  });
});

describe('minutes without a 議事概要 item', () => {
  it('take the first section heading or speaker after the attendee list as the start of the body, and say so', () => {
    const text = ['本部 第3回会合 議事概要', '1 日時 令和2年1月1日 10:00～11:00', '2 場所 会議室', '3 出席者', '山田 太郎 委員 大学教授', '(1) 開会について', '○山田委員', '発言する。', '以上'].join('\n');
    const r = parseMinutes('x.txt', text);
    expect(r.meeting!.attendees.map((a) => a.name)).toEqual(['山田太郎']);
    expect(r.meeting!.remarks.map((x) => x.text)).toEqual(['発言する。']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ line: 6, severity: 'warning', message: expect.stringMatching(/^no 議事概要 item before the proceedings/) }));
  });

  it('read 会議の模様 and 議事の概要 as the body item', () => {
    const text = ['本部 第3回会合', '1 日時 令和2年1月1日 10:00～11:00', '2 場所 会議室', '3 出席者', '山田 太郎 委員 大学教授', '4 会議の模様', '○山田委員 発言する。', '以上'].join('\n');
    expect(parseMinutes('x.txt', text).meeting!.remarks.map((x) => x.speakerLabel)).toEqual(['山田委員']);
  });
});

describe('a parenthesis PDF text never closed', () => {
  it('is reported, swallows no following member, and makes no person of what it held', () => {
    const items = parseAttendeeLine('野口 和彦 委員 (横浜大学 センター 兼 大学院 研究院原田 充 委員 (日本航空株式会社) 平田 真一 委員 (日本電信電話株式会社)');
    expect(items.filter((i) => i.kind === 'unclosed')).toHaveLength(1);
    const people = items.flatMap((i) => (i.kind === 'person' ? [`${i.person.name}|${i.person.role}`] : []));
    expect(people).toEqual(['野口和彦|委員 (横浜大学 センター 兼 大学院 研究院原田 充 委員 (日本航空株式会社)', '平田真一|委員 (日本電信電話株式会社)']);
  });
});
