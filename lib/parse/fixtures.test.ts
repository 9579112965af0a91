import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from './parse-minutes';
import type { ParsedMeeting, ParseResult } from './types';

/**
 * Minutes of other years and bodies, in the layouts real published minutes have (PDF-to-text copies and HTML pages of
 * 2001–2025), written for these tests with invented names and wording: lib/parse/fixtures/README.md says which
 * phenomenon each file carries. Every expectation below was written by hand from the file, not copied from output.
 */

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const read = (name: string) => readFileSync(DIR + name, 'utf8');

function parse(name: string): ParseResult & { meeting: ParsedMeeting } {
  const r = parseMinutes(name, read(name));
  if (!r.meeting) throw new Error(`${name} did not parse: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r as ParseResult & { meeting: ParsedMeeting };
}

/** "name|role|group" for people, "label|role|group!" for absent stubs. */
const people = (m: ParsedMeeting) => m.attendees.map((a) => `${a.name ?? a.label}|${a.role}|${a.group}${a.absent ? '!' : ''}`);
const others = (m: ParsedMeeting) => m.others.map((o) => `${o.kind}:${o.text}|${o.group}`);
/** speaker of each remark: attendee name, stub label, "?label" when unresolved, "-" when the minutes name nobody */
const speakers = (m: ParsedMeeting) =>
  m.remarks.map((r) => (r.anonymous ? '-' : r.attendee === null ? `?${r.speakerLabel}` : (m.attendees[r.attendee].name ?? m.attendees[r.attendee].label!)));
const agenda = (m: ParsedMeeting) => m.agenda.map((a) => `${a.kind}:${a.title}`);
const header = (m: ParsedMeeting) => ({ id: m.id, body: m.body, number: m.number, date: m.date, start: m.start, end: m.end, venue: m.venue });

const ISPC_PLAN = '情報セキュリティ政策会議 基本計画検討委員会';
const GOV_ORGS = ['内閣官房情報セキュリティセンター', '警察庁', '総務省', '経済産業省', '防衛省'].map((o) => `organisation:${o}|政府側`);

describe('基本計画検討委員会, PDF-to-text copy (2008): spaced labels, several members per line, 【委 員】, ministries', () => {
  it('ispc-plan-010: items each on their own lines, page marks, ○ bullets wrapped over lines', () => {
    const { meeting: m, lines } = parse('ispc-plan-010.txt');
    expect(header(m)).toEqual({ id: 'ispc-plan-010', body: ISPC_PLAN, number: 10, date: '2008-09-04', start: '16:00', end: '19:30', venue: '内閣府本府 地下1階講堂' });
    expect(people(m)).toEqual([
      '青木誠一|委員 株式会社サンプル情報代表取締役副社長|委員',
      '伊東春樹|委員 東都新聞論説委員|委員',
      '上田里子|委員 北辰建設株式会社常勤監査役|委員',
      '江口昭雄|委員 データ通信株式会社代表取締役副社長執行役員|委員',
      '大野孝夫|委員 情報通信安全推進会議委員 (KDDX 株式会社情報セキュリティフェロー)|委員',
      '加賀充代|委員 南陸先端大学院大学情報科学研究科教授|委員',
      '木下信吾|委員 警備保障株式会社参与|委員',
    ]);
    expect(others(m)).toEqual(GOV_ORGS);
    expect(speakers(m)).toEqual(['-', '-', '-', '-']);
    expect(m.remarks.map((r) => r.speakerLabel)).toEqual(['○', '○', '○', '○']);
    expect(m.remarks[0].text).toBe('総務省の報告にあったように、対策に取り組んでいる市町村は三割前後にとどまり、網羅的に取り組んでいる所はまだ少ないのではないか。');
    expect(agenda(m)).toEqual(['議題:地方公共団体における情報セキュリティ対策の現状について', '議題:重要インフラ分野について']);
    expect(m.notes).toEqual(['(五十音順)']);
    // the ministries' lines are attendee lines that made no person; the page marks are header lines
    expect(lines.find((l) => l.line === 33)).toEqual({ line: 33, kind: 'attendee' });
    expect(lines.find((l) => l.line === 1)).toEqual({ line: 1, kind: 'header' });
  });

  it('ispc-plan-012: date, venue and attendees items run into one line; a committee chair under his own header', () => {
    const { meeting: m, diagnostics } = parse('ispc-plan-012.txt');
    expect(header(m)).toEqual({ id: 'ispc-plan-012', body: ISPC_PLAN, number: 12, date: '2008-10-03', start: '13:00', end: '15:30', venue: '内閣府本府 地下1階講堂' });
    expect(people(m)).toEqual([
      '青木誠一|委員 株式会社サンプル情報代表取締役副社長|委員',
      '上田里子|委員 北辰建設株式会社常勤監査役|委員',
      '江口昭雄|委員 データ通信株式会社代表取締役副社長執行役員|委員',
      '久保正洋|委員 NPO日本ネットワーク安全協会事務局長|委員',
      '佐藤修|委員 東邦大学大学院情報学環教授|委員',
      '大野孝夫|委員 情報通信安全推進会議委員 (KDDX 株式会社情報セキュリティフェロー)|委員',
      '志村良一|委員長 東京技術大学教授|委員',
    ]);
    expect(others(m)).toEqual(GOV_ORGS);
    expect(speakers(m)).toEqual(['-', '-', '-']);
    expect(m.remarks[1].text).toBe('個人向けの啓発は、学校教育とも連携して進めるべき。');
    expect(agenda(m)).toEqual(['議題:企業・個人分野について', '議題:政府機関分野について']);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('ispc-plan-014: the item number on its own line, double spaces inside labels and names, trailing spaces', () => {
    const { meeting: m } = parse('ispc-plan-014.txt');
    expect(header(m)).toEqual({ id: 'ispc-plan-014', body: ISPC_PLAN, number: 14, date: '2008-11-05', start: '16:00', end: '18:40', venue: '内閣府本府 地下1階講堂' });
    expect(people(m)).toEqual([
      '青木誠一|委員 株式会社サンプル情報代表取締役副社長|委員',
      '伊東春樹|委員 東都新聞論説委員|委員',
      '佐藤修|委員 東邦大学大学院情報学環教授|委員',
      '高田伸子|委員 生活経済ジャーナリスト|委員',
      '富田新|委員 日本中央銀行金融機構局参事役|委員',
      '和田享介|委員 監査法人トマス|委員',
    ]);
    expect(others(m)).toEqual(['organisation:内閣官房情報セキュリティセンター|政府側']);
    expect(speakers(m)).toEqual(['-', '-']);
    expect(m.remarks[1].text).toBe('事故を前提とした対策へ転換するという考え方を、計画の冒頭で明確に書いてほしい。');
    expect(agenda(m)).toEqual(['議題:第2次基本計画の構成について', '議題:今後の日程について']);
    expect(m.notes).toEqual(['(五十音順)', '事務局から、次回の日程について説明があった。']);
  });
});

describe('IT戦略本部 情報セキュリティ専門調査会, official HTML (2001): names glued to titles, (オブザーバ), posts without names', () => {
  it('it-isec-002: 座長/委員/氏 glued with affiliations, a name printed in one piece, (委員意見) bullets', () => {
    const { meeting: m, diagnostics } = parse('it-isec-002.txt');
    expect(header(m)).toEqual({ id: 'it-isec-002', body: 'IT戦略本部 情報セキュリティ専門調査会', number: 2, date: '2001-07-04', start: '15:00', end: '17:00', venue: '三田共用会議所 3階大会議室' });
    expect(people(m)).toEqual([
      '石原道夫|座長(東和大学名誉教授)|委員',
      '江藤謙介|委員(軍事評論家)|委員',
      '春野正好|委員((社)情報処理産業協会常任理事)|委員',
      '菅原明|委員(全国銀行協会副会長・専務理事)|委員',
      '久留米康之|委員((社)電気通信サービス協会)|委員',
      '辻本重男|委員(中央理工大学教授)|委員',
      '森下邦弘|氏((社)日本ガス協会技術部長)(岡田委員代理)|オブザーバ',
      '山本隆二|氏(大阪医療大学病院医療情報部助教授)|オブザーバ',
    ]);
    expect(m.attendees[0]).toMatchObject({ surname: '石原', givenName: '道夫', title: '座長' });
    // printed without a space: kept whole, the split is not guessed
    expect([m.attendees[4].name, m.attendees[4].surname, m.attendees[4].givenName]).toEqual(['久留米康之', undefined, undefined]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ line: 14, severity: 'info', message: expect.stringMatching(/久留米康之.*without a space/) }));
    expect(others(m)).toEqual([
      'post:内閣危機管理監|政府側',
      'post:内閣官房副長官補(安全保障・危機管理)|政府側',
      'post:内閣官房情報セキュリティ対策推進室長|政府側',
      'post:警察庁長官官房技術審議官|政府側',
      'post:総務省大臣官房企画課長|政府側',
    ]);
    expect(speakers(m)).toEqual(['-', '-', '-']);
    expect(m.remarks.map((r) => r.speakerLabel)).toEqual(['委員', '委員', '委員']);
    expect(m.remarks[1].text).toBe('技術開発と制度面の整備の両方が必要。技術だけでは対応できない。');
    expect(agenda(m)).toEqual(['議題:e-Japan2002プログラムについて', '議題:今後の進め方について']);
    expect(m.sections.map((s) => s.title)).toEqual(['内閣危機管理監挨拶', 'e-Japan2002プログラムについて', '今後の進め方について']);
  });

  it('it-isec-005: named ○ speakers among an unnamed bullet, a bare 座長, absentees named in a note', () => {
    const { meeting: m } = parse('it-isec-005.txt');
    expect(header(m)).toEqual({ id: 'it-isec-005', body: 'IT戦略本部 情報セキュリティ専門調査会', number: 5, date: '2001-10-30', start: '10:00', end: '12:00', venue: '中央合同庁舎第4号館 共用第1特別会議室' });
    expect(people(m)).toEqual([
      '石原道夫|座長(東和大学名誉教授)|委員',
      '春野正好|委員((社)情報処理産業協会常任理事)|委員',
      '久留米康之|委員((社)電気通信サービス協会)|委員',
      '前川雅之|委員(東都立大学法学部教授)|委員',
      '江藤委員|江藤委員|委員!',
      '辻本委員|辻本委員|委員!',
    ]);
    expect(others(m)).toEqual(['post:内閣官房情報セキュリティ対策推進室長|政府側', 'post:経済産業省商務情報政策局情報セキュリティ政策室長|政府側']);
    // 久留米委員 → the member printed in one piece; bare 座長 → the one attendee who is 座長
    expect(speakers(m)).toEqual(['久留米康之', '前川雅之', '石原道夫', '-']);
    expect(agenda(m)).toEqual(['議題:重要インフラのサイバーテロ対策に係る特別行動計画について']);
  });
});

describe('HQ 専門調査会, PDF text with the whole header on one line (2017–2018)', () => {
  it('hq-ci-012: title, items and every attendee on line 1; 年 and 時 lost, repaired and reported', () => {
    const { meeting: m, diagnostics, confidence } = parse('hq-ci-012.txt');
    expect(header(m)).toEqual({ id: 'hq-ci-012', body: 'サイバーセキュリティ戦略本部 重要インフラ専門調査会', number: 12, date: '2017-10-04', start: '10:00', end: '12:00', venue: '中央官庁 13 階 共用第一特別会議室' });
    expect(people(m)).toEqual([
      '阿部克則|委員 (電力事業連合会)|委員',
      '有田浩二|委員 (一般社団法人コンピュータ緊急対応センター)|委員',
      '安藤伊佐夫|委員 (第一保険株式会社)|委員',
      '石井広志|委員 (公益社団法人日本医療会)|委員',
      '渡部研一|会長 (名古屋技術大学 大学院工学研究科)|委員',
      '和田昌弘|委員 (公益財団法人金融情報センター)|委員',
      '中川明夫|内閣サイバーセキュリティセンター長|事務局',
      '山口浩一|内閣審議官|事務局',
    ]);
    expect(others(m)).toEqual([]);
    expect(speakers(m)).toEqual(['-', '-', '安藤伊佐夫', '-']);
    expect(agenda(m)).toEqual(['議題:重要インフラの情報セキュリティ対策に係る第4次行動計画の見直しについて', '議題:安全基準等の浸透状況等に関する調査について']);
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}:${d.message}`)).toEqual([
      '1:date and time: 年 missing between year and month in "平成 29 10 月4日"',
      '1:date and time: 時 missing after the end hour in "10 時~12": read as 12:00',
    ]);
    expect(confidence.repairs).toHaveLength(2);
  });

  it('hq-ci-013: 15:00〜17:00, observers that are ministries, an inline (事務局) header', () => {
    const { meeting: m } = parse('hq-ci-013.txt');
    expect(header(m)).toEqual({ id: 'hq-ci-013', body: 'サイバーセキュリティ戦略本部 重要インフラ専門調査会', number: 13, date: '2018-02-21', start: '15:00', end: '17:00', venue: '中央官庁 13 階 共用第一特別会議室' });
    expect(people(m)).toEqual([
      '阿部克則|委員 (電力事業連合会)|委員',
      '石井広志|委員 (公益社団法人日本医療会)|委員',
      '渡部研一|会長 (名古屋技術大学 大学院工学研究科)|委員',
      '中川明夫|内閣サイバーセキュリティセンター長|事務局',
    ]);
    expect(others(m)).toEqual(['organisation:警察庁|オブザーバ', 'organisation:総務省|オブザーバ', 'organisation:経済産業省|オブザーバ']);
    expect(speakers(m)).toEqual(['-', '渡部研一']);
    expect(agenda(m)).toEqual(['議題:第4次行動計画(案)について']);
  });
});

describe('HQ minutes as PDF cells, one per line (2016): column runs rebuilt', () => {
  it('hq-007-cells: surname/given/title cells, full-name cells, and six surnames, six given names, six titles', () => {
    const { meeting: m, diagnostics } = parse('hq-007-cells.txt');
    expect(header(m)).toEqual({ id: 'hq-007', body: 'サイバーセキュリティ戦略本部', number: 7, date: '2016-03-31', start: '08:30', end: '09:30', venue: '総理大臣官邸4階大会議室' });
    expect(people(m)).toEqual([
      '菅義男|内閣官房長官|閣僚',
      '遠山利夫|東京オリンピック競技大会・東京パラリンピック競技大会担当大臣|閣僚',
      '河合太一|国家公安委員会委員長|閣僚',
      '松下新一|総務副大臣|閣僚',
      '小野田正|株式会社通信ホールディングス取締役会長|本部員',
      '中島和夫|東都大学大学院法学政治学研究科教授|本部員',
      '村上純|慶應大学教授|本部員',
      '世良弘明|内閣官房副長官|政府側',
      '杉本和也|内閣官房副長官|政府側',
      '西川泰三|内閣危機管理監|政府側',
      '遠藤紘二|内閣情報通信政策監|政府側',
      '髙見將人|内閣サイバーセキュリティセンター長|政府側',
      '古田一彦|内閣官房副長官補|政府側',
    ]);
    // 本部長 (the addresses) is the Chief Cabinet Secretary in 2016
    expect(speakers(m)).toEqual(['菅義男', '小野田正', '中島和夫', '村上純', '河合太一', '菅義男']);
    expect(m.remarks[1].text).toBe('重要インフラ事業者の間で情報を共有する仕組みを、一層強化すべきである。');
    expect(agenda(m)).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});

describe('HQ minutes with several attendees per line (2018)', () => {
  it('hq-016-multi: up to three people a line, a title holding a space, an absent member known by surname only', () => {
    const { meeting: m } = parse('hq-016-multi.txt');
    expect(header(m)).toEqual({ id: 'hq-016', body: 'サイバーセキュリティ戦略本部', number: 16, date: '2018-01-17', start: '08:00', end: '09:00', venue: '総理大臣官邸4階大会議室' });
    expect(people(m)).toEqual([
      '菅原義一|内閣官房長官|閣僚',
      '鈴村俊二|東京オリンピック競技大会・東京パラリンピック競技大会担当大臣|閣僚',
      '小松八郎|国家公安委員会委員長|閣僚',
      '松岡政治|情報通信技術(IT)政策担当大臣|閣僚',
      '佐野正之|外務副大臣|閣僚',
      '武田容子|経済産業副大臣|閣僚',
      '小池史郎|総務大臣政務官|閣僚',
      '大石敬一|防衛大臣政務官|閣僚',
      '小野田正|株式会社通信ホールディングス取締役会長|本部員',
      '中島和夫|東都大学大学院法学政治学研究科教授|本部員',
      '野村佐和|株式会社マーケティング研究所代表取締役社長|本部員',
      '林田紘一|情報セキュリティ大学院大学教授|本部員',
      '村上純|慶應大学環境情報学部教授 大学院政策・メディア研究科委員長|本部員',
      '西野康夫|内閣官房副長官|政府側',
      '杉本和也|内閣官房副長官|政府側',
      '髙橋清一|内閣危機管理監|政府側',
      '中川明夫|内閣サイバーセキュリティセンター長|政府側',
      '古田一彦|内閣官房副長官補|政府側',
      '遠藤本部員|遠藤本部員|本部員!',
    ]);
    expect(speakers(m)).toEqual(['菅原義一', '小野田正', '村上純', '松岡政治', '菅原義一']);
    expect(agenda(m)).toEqual([]);
  });
});

describe('the reorganised HQ (from 2025-07-01): 本部長 is the Prime Minister', () => {
  const text = read('hq2-001-2025.txt');

  it('hq2-001-2025: a bare 本部長 is the 内閣総理大臣, not the 内閣官房長官 who is 副本部長; its own id prefix', () => {
    const { meeting: m } = parse('hq2-001-2025.txt');
    expect(header(m)).toEqual({ id: 'hq2-001', body: 'サイバーセキュリティ戦略本部', number: 1, date: '2025-07-01', start: '10:15', end: '10:30', venue: '総理大臣官邸4階大会議室' });
    expect(people(m)).toEqual([
      '石田茂樹|本部長（内閣総理大臣）|閣僚',
      '林田芳夫|副本部長（内閣官房長官）|閣僚',
      '平野将人|副本部長（サイバー安全保障担当大臣）|閣僚',
      '松井一郎|総務大臣|閣僚',
      '岩田武史|外務大臣|閣僚',
      '中村元気|防衛大臣|閣僚',
      '門田貴之|国家サイバー統括室長|政府側',
      '飯田陽介|内閣サイバー官|政府側',
      '加藤財務大臣|加藤財務大臣|閣僚!',
    ]);
    expect(speakers(m)).toEqual(['石田茂樹', '平野将人', '石田茂樹']);
  });

  it('the same minutes dated before July 2025 read 本部長 as the Chief Cabinet Secretary (here 副本部長, so not guessed)', () => {
    const r = parseMinutes('x.txt', text.replace('令和7年7月1日', '令和7年6月30日'));
    expect(r.meeting!.id).toBe('hq-001');
    // the old rule finds two heads (the 本部長 by role and the 内閣官房長官): it does not choose
    expect(speakers(r.meeting!)).toEqual(['?本部長', '平野将人', '?本部長']);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/"本部長" but 2 attendees are 内閣官房長官/) }));
  });
});

describe('情報セキュリティ政策会議 (2009): members and expert members under bracket headers, 議長', () => {
  it('ispc-020: 【政策会議有識者構成員】, ○（…）markers, bare 議長 → the 内閣官房長官', () => {
    const { meeting: m } = parse('ispc-020.txt');
    expect(header(m)).toEqual({ id: 'ispc-020', body: '情報セキュリティ政策会議', number: 20, date: '2009-02-03', start: '17:30', end: '18:15', venue: '総理大臣官邸4階大会議室' });
    expect(people(m)).toEqual([
      '河原健夫|内閣官房長官（議長）|閣僚',
      '北山誠|情報通信技術（ＩＴ）担当大臣（議長代理）|閣僚',
      '村田光男|国家公安委員会委員長|閣僚',
      '鳩田邦子|総務大臣|閣僚',
      '石川英子|株式会社未来総合研究所代表取締役|委員',
      '大西洋一|東洋大学大学院教授|委員',
    ]);
    expect(others(m)).toEqual(['post:内閣官房副長官補|政府側']);
    expect(speakers(m)).toEqual(['石川英子', '村田光男', '河原健夫', '大西洋一']);
    expect(agenda(m)).toEqual(['議題:第2次情報セキュリティ基本計画（案）について', '議題:情報セキュリティ2009の策定に向けた検討について']);
  });
});

describe('普及啓発・人材育成専門調査会 (2016): two members per line, ○name on its own line and inline', () => {
  it('hq-hr-003', () => {
    const { meeting: m, confidence } = parse('hq-hr-003.txt');
    expect(header(m)).toEqual({ id: 'hq-hr-003', body: 'サイバーセキュリティ戦略本部 普及啓発・人材育成専門調査会', number: 3, date: '2016-03-01', start: '15:00', end: '17:00', venue: '中央合同庁舎第4号館 共用第2特別会議室' });
    expect(people(m)).toEqual([
      '高野順子|会長 東邦大学教授|委員',
      '上村健|委員 株式会社ネット教育研究所代表取締役|委員',
      '小山由紀|委員 一般社団法人安全情報協議会理事|委員',
      '新井正人|委員 情報処理技術機構理事|委員',
      '谷口浩二|内閣審議官|事務局',
    ]);
    expect(others(m)).toEqual([
      'organisation:警察庁|政府側',
      'organisation:総務省|政府側',
      'organisation:文部科学省|政府側',
      'organisation:経済産業省|政府側',
      'organisation:防衛省|政府側',
      'organisation:内閣サイバーセキュリティセンター|事務局',
    ]);
    expect(speakers(m)).toEqual(['上村健', '小山由紀', '新井正人', '高野順子']);
    expect(agenda(m)).toEqual(['議題:人材育成総合強化方針（案）について']);
    expect(confidence).toMatchObject({ date: true, times: true, venue: true, attendees: 5, otherListed: 6, agenda: 1, remarks: 4, namedRemarks: 4, resolvedRemarks: 4, speakersResolved: 1, missing: [], score: 1 });
  });
});

describe('the fixture set', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

  it('has at least 10 files, every one parsed into a meeting with every non-blank line accounted for once', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const text = read(f);
      const r = parseMinutes(f, text);
      expect(r.meeting, f).not.toBeNull();
      const nonBlank = text.split(/\r\n|\r|\n/).flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
      expect(r.lines.map((l) => l.line), f).toEqual(nonBlank);
    }
  });

  it('never makes a person of an organisation, a post or a sentence', () => {
    for (const f of files) {
      const m = parseMinutes(f, read(f)).meeting!;
      for (const a of m.attendees.filter((x) => x.name !== undefined)) {
        expect(a.name, f).not.toMatch(/省|庁|センター|内閣|、|。/);
        expect(a.name!.length, f).toBeLessThanOrEqual(6);
      }
    }
  });
});

describe('files that cannot be read say why, with the line that shows it', () => {
  it('a date item that is not there, and a line that looks like a date', () => {
    const r = parseMinutes('no-date.txt', read('bad/no-date.txt'));
    expect(r.meeting).toBeNull();
    expect(r.diagnostics.find((d) => d.severity === 'error')).toEqual({
      file: 'no-date.txt',
      line: 3,
      severity: 'error',
      message: 'no meeting date (平成/令和 …年…月…日) found; the meeting cannot be placed in time: no 日時 item recognised; line 3 looks like a date: "日付 平成20年9月 (日は判読できず)"',
    });
    expect(r.confidence).toMatchObject({ title: true, date: false });
    expect(r.confidence.missing).toContain('date');
  });

  it('a 日時 item whose value is no date', () => {
    const r = parseMinutes('x.txt', read('ispc-plan-010.txt').replace('平成 20 年9月4日(木)', '(日付未定)'));
    expect(r.meeting).toBeNull();
    expect(r.diagnostics.find((d) => d.severity === 'error')!.message).toMatch(/the 日時 item \(line 5\) reads "\(日付未定\) 16 時 00 分~ 19 時 30 分", which is not an era date$/);
  });
});
