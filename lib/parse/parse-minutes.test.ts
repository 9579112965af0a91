import { describe, expect, it } from 'vitest';
import { parseMinutes } from './parse-minutes';
import { readSeed } from './seed-files';
import type { ParsedMeeting, ParseResult } from './types';

function parseSeed(name: string): ParseResult & { meeting: ParsedMeeting } {
  const result = parseMinutes(name, readSeed(name));
  if (!result.meeting) throw new Error(`${name} did not parse`);
  return result as ParseResult & { meeting: ParsedMeeting };
}

/** "name:role:group" for listed attendees, "label(absent)" for stubs; absent ones marked with "!". */
function attendeeSummary(m: ParsedMeeting): string[] {
  return m.attendees.map((a) => `${a.name ?? a.label}:${a.role}:${a.group}${a.absent ? '!' : ''}`);
}

/** The speaker of each remark in order: the attendee's name, the stub's label, or null. */
function speakers(m: ParsedMeeting): (string | null)[] {
  return m.remarks.map((r) => (r.attendee === null ? null : (m.attendees[r.attendee].name ?? m.attendees[r.attendee].label!)));
}

function remarkBy(m: ParsedMeeting, label: string, nth = 0) {
  return m.remarks.filter((r) => r.speakerLabel === label)[nth];
}

describe('2015 minutes (hq-001, PDF-extracted layout)', () => {
  const { meeting: m, diagnostics } = parseSeed('hq-001-2015-02-10.txt');

  it('reads body, number, title, the Heisei date with full-width digits, times and venue', () => {
    expect(m).toMatchObject({
      id: 'hq-001',
      body: 'サイバーセキュリティ戦略本部',
      number: 1,
      title: '第1回会合',
      date: '2015-02-10',
      start: '17:00',
      end: '18:00',
      venue: '総理大臣官邸２階小ホール',
      source: 'hq-001-2015-02-10.txt',
    });
  });

  it('lists every attendee with spaced names joined, roles, and members apart from officials', () => {
    expect(attendeeSummary(m)).toEqual([
      '安倍晋三:内閣総理大臣:閣僚',
      '菅義偉:内閣官房長官:閣僚',
      '山口俊一:情報通信技術（ＩＴ）政策担当大臣:閣僚',
      '山谷えり子:国家公安委員会委員長:閣僚',
      '高市早苗:総務大臣:閣僚',
      '岸田文雄:外務大臣:閣僚',
      '宮沢洋一:経済産業大臣:閣僚',
      '中谷元:防衛大臣:閣僚',
      '小野寺正:ＫＤＤＩ株式会社代表取締役会長:本部員',
      '中谷和弘:東京大学大学院法学政治学研究科教授:本部員',
      '野原佐和子:株式会社イプシ・マーケティング研究所代表取締役社長:本部員',
      '林紘一郎:情報セキュリティ大学院大学教授:本部員',
      '前田雅英:首都大学東京法科大学院教授:本部員',
      '村井純:慶應義塾大学教授:本部員',
      '加藤勝信:内閣官房副長官:政府側',
      '世耕弘成:内閣官房副長官:政府側',
      '杉田和博:内閣官房副長官:政府側',
      '西村泰彦:内閣危機管理監:政府側',
      '遠藤紘一:内閣情報通信政策監:政府側',
      '髙見澤將林:内閣サイバーセキュリティセンター長:政府側',
      '古谷一之:内閣官房副長官補:政府側',
    ]);
    expect(m.attendees.find((a) => a.name === '髙見澤將林')).toMatchObject({ surname: '髙見澤', givenName: '將林', printedName: '髙見澤 將林' });
  });

  it('reads the agenda by kind, joining an item broken across lines', () => {
    expect(m.agenda).toEqual([
      { kind: '決定事項', title: '本部の運営等について' },
      { kind: '決定事項', title: '重大インシデントの対応等について' },
      { kind: '決定事項', title: 'サイバーセキュリティ政策の評価等について' },
      { kind: '討議事項', title: '新・サイバーセキュリティ戦略について' },
      { kind: '討議事項', title: 'サイバーセキュリティ対策を強化するための施策の評価（監査）の方針について' },
      { kind: '報告事項', title: 'ＮＩＳＣと関係機関との協力について' },
      { kind: '報告事項', title: '政府のサイバーセキュリティに関する予算について' },
      { kind: '報告事項', title: 'サイバーセキュリティ月間について' },
    ]);
  });

  it('numbers the sections', () => {
    expect(m.sections).toEqual([
      { number: 1, title: '安倍内閣総理大臣冒頭御挨拶' },
      { number: 2, title: '討議' },
      { number: 3, title: '決定事項の決定等' },
      { number: 4, title: '本部長締め括り挨拶' },
    ]);
  });

  it('resolves every speaker, including 中谷本部員 vs 中谷防衛大臣, nested parentheses and both addresses', () => {
    expect(speakers(m)).toEqual([
      '安倍晋三',
      '小野寺正',
      '中谷和弘',
      '野原佐和子',
      '林紘一郎',
      '前田雅英',
      '村井純',
      '山口俊一',
      '山谷えり子',
      '高市早苗',
      '岸田文雄',
      '宮沢洋一',
      '中谷元',
      '菅義偉',
    ]);
    expect(m.remarks.map((r) => r.speakerLabel)).toContain('山口情報通信技術（ＩＴ）政策担当大臣（副本部長）');
    expect(m.remarks[0]).toMatchObject({ speakerLabel: '安倍内閣総理大臣', section: '安倍内閣総理大臣冒頭御挨拶' });
    expect(m.remarks[13]).toMatchObject({ speakerLabel: '本部長', section: '本部長締め括り挨拶' });
  });

  it("rejoins 小野寺's PDF lines into his paragraphs: no break inside a sentence, page breaks healed", () => {
    const text = remarkBy(m, '小野寺本部員').text;
    const paragraphs = text.split('\n');
    expect(paragraphs).toHaveLength(11);
    for (const p of paragraphs) expect(p).toMatch(/。$/);
    expect(paragraphs[0]).toBe(
      'サイバーセキュリティ基本法が成立し、施行されたことは、日本のサイバーセキュリティにとって画期的なことであり、非常に高く評価している。',
    );
    // lines 219/220 straddle a page break (the second starts with a space)
    expect(text).toContain('ＩＳＡＣのような組織づくりが重要になってくるのではないかと思う。');
  });

  it('keeps a paragraph together when a full line happens to end in 。 at the margin', () => {
    expect(remarkBy(m, '安倍内閣総理大臣').text).toContain(
      '大会の成功にはサイバーセキュリティの確保が必要不可欠である。こうした点も見据え、',
    );
  });

  it('keeps the narrative of the discussion and decisions as notes', () => {
    expect(m.notes).toEqual([
      '上記について、事務局より資料に基づき説明が行われるとともに、本部員より意見が述べられた。',
      '決定事項８つにつき、案のとおり決定した。\nまた、新たなサイバーセキュリティ戦略について、本会合での本部員意見に加え、サイバーセキュリティ基本法の規定に基づくＩＴ総合戦略本部、及び国家安全保障会議からの意見聴取を踏まえて戦略案を起草し、次回会合で議論を行うこととした。',
    ]);
  });

  it('reports nothing', () => {
    expect(diagnostics).toEqual([]);
  });
});

describe('2022 minutes (hq-034, speaker on its own line)', () => {
  const { meeting: m, diagnostics } = parseSeed('hq-034-2022-06-17.txt');

  it('reads the Reiwa date, 時/分 times and venue', () => {
    expect(m).toMatchObject({ id: 'hq-034', number: 34, date: '2022-06-17', start: '08:35', end: '09:00', venue: '総理大臣官邸2階小ホール' });
  });

  it('lists attendees from the tab-separated list, with the two absent members as stubs', () => {
    const summary = attendeeSummary(m);
    expect(summary).toHaveLength(24);
    expect(summary.slice(0, 2)).toEqual(['松野博一:本部長（内閣官房長官）:閣僚', '牧島かれん:副本部長兼デジタル大臣:閣僚']);
    expect(summary).toContain('未松信介:東京オリンピック競技大会・東京パラリンピック競技大会担当大臣:閣僚');
    expect(summary).toContain('村井純:慶應義塾大学教授:本部員');
    expect(summary).toContain('滝崎成樹:内閣官房副長官補:政府側');
    expect(summary.slice(-2)).toEqual(['遠藤本部員:遠藤本部員:本部員!', '田中本部員:田中本部員:本部員!']);
    expect(m.notes[0]).toBe('（※遠藤本部員及び田中本部員はご欠席。）');
  });

  it('reads the agenda', () => {
    expect(m.agenda.map((a) => `${a.kind}:${a.title}`)).toEqual([
      '決定事項:サイバーセキュリティ2022（2021年度年次報告・2022年度年次計画）（案）について',
      '決定事項:重要インフラのサイバーセキュリティに係る行動計画（案）について',
      '決定事項:サイバーセキュリティ関係施策に関する令和5年度予算重点化方針（案）について',
      '報告事項:2022年サイバーセキュリティ月間について',
    ]);
  });

  it('resolves every speaker, reading 村井本部長 / 後藤本部長 as the 本部員 and 本部長 as the Chief Cabinet Secretary', () => {
    expect(speakers(m)).toEqual([
      '松野博一',
      '牧島かれん',
      '中谷和弘',
      '野原佐和子',
      '前田雅英',
      '宮澤栄一',
      '村井純',
      '後藤厚宏',
      '牧島かれん',
      '二之湯智',
      '金子恭之',
      '林芳正',
      '萩生田光一',
      '岸信夫',
      '小林鷹之',
      '牧島かれん',
      '牧島かれん',
      '松野博一',
    ]);
    expect(diagnostics.map((d) => `${d.severity}@${d.line}`)).toEqual(['info@120', 'info@130']);
  });

  it("joins 村井純's remark across the page break and keeps its paragraphs", () => {
    const text = remarkBy(m, '村井本部長').text;
    expect(text.startsWith('今日の議論の中で、重要インフラのことを少しお話ししたい。ウクライナ侵攻が起こった2月24日以前から')).toBe(true);
    expect(text.endsWith('このようなことをサイバーセキュリティの上でも考えていく必要があると考える。')).toBe(true);
    expect(text).toContain('したがって、電力の優先度は、特にこの会議では特別に考えて良いのではないかと考える。');
    expect(text.split('\n')).toHaveLength(3);
  });

  it('keeps bullets inside a remark as their own paragraphs', () => {
    expect(remarkBy(m, '金子総務大臣').text.split('\n').slice(1, 4)).toEqual([
      '総務省としては、',
      '・電気通信事業者における積極的なサイバーセキュリティ対策を推進すること等による、情報通信ネットワークの安全性・信頼性の確保',
      '・NICT（国立研究開発法人情報通信研究機構）に、情報収集・分析及び人材育成の基盤を構築すること等による、サイバー攻撃への自律的な対処能力の向上',
    ]);
  });

  it('drops the characters a page break repeats ("…のサ" / "「サイバー…")', () => {
    expect(m.remarks[17].text).toContain('のほか、「重要インフラのサイバーセキュリティに係る行動計画」、「令和5年度予算重点化方針」について決定した。');
  });

  it('keeps the procedural note between the two turns of the chair', () => {
    expect(m.notes).toContain('(「異議なし」と声あり)');
    expect(m.remarks.slice(15, 17).map((r) => r.text)).toEqual([
      'それでは、本日お諮りした3件の決定事項について、異議はないか。',
      '異議なしということで、本案を決定させていただく。',
    ]);
  });
});

describe('2023 minutes (hq-036, written submissions)', () => {
  const { meeting: m, diagnostics } = parseSeed('hq-036-2023-07-04.txt');

  it('reads the Markdown-bold title, date, times and venue', () => {
    expect(m).toMatchObject({ id: 'hq-036', body: 'サイバーセキュリティ戦略本部', number: 36, title: '第36回会合', date: '2023-07-04', start: '17:00', end: '17:35', venue: '総理大臣官邸4階大会議室' });
  });

  it('lists attendees and the three absentees of the note', () => {
    const summary = attendeeSummary(m);
    expect(summary).toHaveLength(22);
    expect(summary).toContain('木村次郎:防衛大臣政務官:閣僚');
    expect(summary).toContain('松原実穂子:日本電信電話（株）チーフ・サイバーセキュリティ・ストラテジスト:本部員');
    expect(summary).toContain('岡野正敬:内閣官房副長官補:政府側');
    expect(summary.slice(-3)).toEqual([
      '高市経済安全保障担当大臣:高市経済安全保障担当大臣:閣僚!',
      '遠藤本部員:遠藤本部員:本部員!',
      '土屋本部員:土屋本部員:本部員!',
    ]);
  });

  it('resolves every speaker; the absent minister resolves to the stub from the absence note', () => {
    expect(speakers(m)).toEqual([
      '松野博一',
      '谷公一',
      '上沼紫野',
      '後藤厚宏',
      '酒井啓亘',
      '櫻井敬子',
      '田中孝司',
      '松原実穂子',
      '村井純',
      '谷公一',
      '谷公一',
      '高市経済安全保障担当大臣',
      '大串正樹',
      '柘植芳文',
      '山田賢司',
      '太田房江',
      '木村次郎',
      '谷公一',
      '谷公一',
      '松野博一',
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('後藤本部長'),
      expect.stringContaining('酒井本部長'),
    ]);
  });

  it('flags the statements submitted in writing, and only those', () => {
    expect(m.remarks.map((r) => r.written)).toEqual([...Array<boolean>(10).fill(false), ...Array<boolean>(7).fill(true), false, false, false]);
    expect(m.notes).toContain('(以下は閣僚本部員から提出された発言内容)');
  });

  it('keeps the sentence that resumes after a bullet list as its own paragraph', () => {
    expect(m.remarks[10].text.split('\n').slice(0, 4)).toEqual([
      'サイバーセキュリティ戦略を着実に推進していくに当たり、多様化・複雑化するサイバーリスクに対応していくため、',
      '・政府機関においては、政府統一基準群を踏まえ、ソフトウェア利用時の対策やDDoS対策の強化等、',
      '・重要インフラ分野に関しては、重要インフラの安全基準等策定指針も踏まえ、組織統治の観点からの取組の強化等',
      'に取り組むことにより、政府機関及び重要インフラ分野のレジリエンスの更なる向上に努めてまいる。',
    ]);
  });

  it('heals a page break that repeats the start of a word ("セキ" / "セキュリティ")', () => {
    expect(remarkBy(m, '田中本部員').text).toContain('DX化の更なる進展とセキュリティ強化の両立が図れるのではないかと。');
  });

  it('joins the absent minister’s written statement across its page break', () => {
    expect(remarkBy(m, '高市経済安全保障担当大臣').text).toContain('基幹インフラ事業者における重要設備の導入等を国が事前審査する制度');
  });
});

describe('2025 minutes (council-001, anonymous bullets)', () => {
  const { meeting: m, diagnostics } = parseSeed('council-001-2025-09-19.txt');

  it('reads the one-line header items', () => {
    expect(m).toMatchObject({
      id: 'council-001',
      body: 'サイバーセキュリティ推進専門家会議',
      number: 1,
      date: '2025-09-19',
      start: '08:30',
      end: '10:15',
      venue: '中央合同庁舎4号館',
    });
  });

  it('takes the groups from the list headers', () => {
    const groups = m.attendees.map((a) => a.group);
    expect(groups.filter((g) => g === '委員')).toHaveLength(14);
    expect(groups.filter((g) => g === '閣僚')).toHaveLength(2);
    expect(groups.filter((g) => g === '事務局')).toHaveLength(11);
    expect(attendeeSummary(m)).toContain('後藤厚宏:情報セキュリティ大学院大学 教授【議長】:委員');
    expect(attendeeSummary(m)).toContain('鈴木健太郎:内閣官房内閣参事官（国家サイバー統括室）:事務局');
    expect(m.attendees.every((a) => !a.absent)).toBe(true);
  });

  it('reads full-width and half-width section numbers alike', () => {
    expect(m.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(m.sections[6].title).toBe('岸内閣府大臣政務官挨拶');
  });

  it('makes one anonymous remark per committee bullet and one remark per named turn', () => {
    const seq = speakers(m);
    expect(seq[0]).toBe('平将明');
    expect(seq.slice(1, 70)).toEqual(Array(69).fill(null));
    expect(seq.slice(70)).toEqual(['木村公彦', '平将明', '岸信千世', '平将明']);
    expect(m.remarks.slice(1, 70).every((r) => r.anonymous && r.speakerLabel === '委員' && r.section === '意見交換')).toBe(true);
    expect(m.remarks.slice(70, 72).map((r) => r.speakerLabel)).toEqual(['木村統括官', '平サイバー安全保障担当大臣']);
    expect(diagnostics).toEqual([]);
  });

  it('joins bullets under a named speaker into one remark, one paragraph per bullet', () => {
    const kimura = m.remarks[70].text.split('\n');
    expect(kimura).toHaveLength(3);
    expect(kimura[0].startsWith('海外での選挙に対する民主的なプロセスへの介入')).toBe(true);
    expect(m.remarks[72].text.split('\n')).toHaveLength(4);
  });

  it('joins a bullet continued on the next line after a page break', () => {
    expect(m.remarks.some((r) => r.text.includes('サプライチェーン全体のレジリエンスを確保することに競争法上の問題がないのか'))).toBe(true);
    expect(m.remarks.some((r) => r.text === 'AIに関しては、非常に新しくて、ガイドラインに落とし込むのが非常に難しいが、それでも走り続け、現段階のものだということを示し続けていくことが大事。')).toBe(true);
  });

  it('keeps the procedural sections as notes', () => {
    expect(m.notes).toEqual([
      '委員の互選により、後藤厚宏委員が議長に選出された。',
      '後藤議長の指名により、酒井啓亘委員が議長代理に選出された。',
      '事務局から、「サイバーセキュリティ推進専門家会議運営規則（案）」についての説明があり、原案の通り決定された。',
      '事務局から、配付資料により新たなサイバーセキュリティ戦略の策定に向けた説明があった。',
    ]);
  });
});
