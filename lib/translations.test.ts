import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeRemark } from './search/citation';
import { remarkView } from './db/testing/views';
import {
  meetingLabel,
  meetingTitle,
  ordinal,
  personName,
  roleInEnglish,
  roleLabel,
  sectionLabel,
  speakerLabelText,
  termDefinition,
} from './translations';

describe('roles in English', () => {
  it.each([
    ['慶應義塾大学教授', 'Professor, Keio University'],
    ['内閣官房長官', 'Chief Cabinet Secretary'],
    ['本部長（内閣官房長官）', 'Head of the Headquarters (Chief Cabinet Secretary)'],
    ['副本部長兼デジタル大臣', 'Deputy Head of the Headquarters and Minister for Digital Transformation'],
    ['ＫＤＤＩ株式会社代表取締役会長', 'Chairman, KDDI Corporation'],
    ['KDDI（株）代表取締役会長', 'Chairman, KDDI Corporation'],
    [
      '東京大学大学院法学政治学研究科 教授（オンライン出席）',
      'Professor, Graduate Schools for Law and Politics, The University of Tokyo (online)',
    ],
    ['情報セキュリティ大学院大学 教授【議長】', 'Professor, Institute of Information Security (Chair)'],
    ['情報通信技術（ＩＴ）政策担当大臣', 'Minister in charge of Information Technology Policy'],
    ['内閣官房内閣参事官（国家サイバー統括室）', 'Counsellor, Cabinet Secretariat (National Cybersecurity Office)'],
    ['弁護士（虎ノ門南法律事務所）', 'Attorney (Toranomon Minami Law Office)'],
    ['KDDI株式会社 代表取締役社長 CEO 一般社団法人ICT-ISC 理事', 'President and CEO, KDDI Corporation; Director, ICT-ISAC Japan'],
  ])('%s → %s', (ja, en) => {
    expect(roleInEnglish(ja)).toBe(en);
    expect(roleLabel(ja, 'en')).toBe(en);
    expect(roleLabel(ja, 'ja')).toBe(ja);
  });

  it('leaves what the table does not cover as published', () => {
    expect(roleInEnglish('株式会社みずほフィナンシャルグループ サイバーセキュリティ統括部 部付部長')).toBeUndefined();
    expect(roleLabel('どこかの団体理事', 'en')).toBe('どこかの団体理事');
  });

  it('covers most roles of the bundled corpus (the rest are listed here when the corpus grows)', () => {
    const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '../public/corpus.json'), 'utf8')) as {
      meetings: { attendees: { role: string }[] }[];
    };
    const roles = [...new Set(corpus.meetings.flatMap((m) => m.attendees.map((a) => a.role)))];
    const missing = roles.filter((r) => !roleInEnglish(r));
    expect(missing.length / roles.length).toBeLessThan(0.15);
  });
});

describe('meetings, sections, people', () => {
  it('labels meetings in either language', () => {
    const m = { body: 'サイバーセキュリティ戦略本部', number: 34, title: '第34回会合' };
    expect(meetingLabel(m, 'ja')).toBe('サイバーセキュリティ戦略本部 第34回');
    expect(meetingLabel(m, 'en')).toBe('Cybersecurity Strategic Headquarters, 34th meeting');
    expect(meetingTitle(m, 'en')).toBe('34th meeting');
    expect(meetingTitle({ title: '臨時会合', number: 2 }, 'en')).toBe('臨時会合');
    expect(meetingLabel({ body: '知らない会議', number: 1 }, 'en')).toBe('知らない会議, 1st meeting');
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 34, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '34th',
      '101st',
      '111th',
    ]);
  });

  it('names unnamed speakers', () => {
    expect(speakerLabelText('委員', 'en')).toBe('A council member');
    expect(speakerLabelText('委員', 'ja')).toBe('委員');
  });

  it('translates sections and names', () => {
    expect(sectionLabel('討議', 'en')).toBe('Discussion');
    expect(sectionLabel('討議', 'ja')).toBe('討議');
    expect(personName({ name: '村井純', nameEn: 'Jun Murai', romaji: 'Murai Jun' }, 'en')).toBe('Jun Murai');
    expect(personName({ name: '村井純', nameEn: 'Jun Murai' }, 'ja')).toBe('村井純');
  });
});

describe('termDefinition', () => {
  const both = { definition: 'Acting before an attack does harm.', definitionJa: '重大なサイバー攻撃を未然に防ぐ取組。' };
  it('picks the UI language and falls back to the other', () => {
    expect(termDefinition(both, 'en')).toEqual({ text: both.definition, lang: 'en' });
    expect(termDefinition(both, 'ja')).toEqual({ text: both.definitionJa, lang: 'ja' });
    expect(termDefinition({ definition: both.definition }, 'ja')).toEqual({ text: both.definition, lang: 'en' });
    expect(termDefinition({ definitionJa: both.definitionJa }, 'en')).toEqual({ text: both.definitionJa, lang: 'ja' });
    expect(termDefinition({}, 'en')).toBeUndefined();
  });

  it('knows a Japanese definition read from the minutes even when it sits in `definition`', () => {
    expect(termDefinition({ definition: '衛星測位システム' }, 'ja')).toEqual({ text: '衛星測位システム', lang: 'ja' });
  });
});

describe('citations', () => {
  it('cites in English', () => {
    expect(citeRemark(remarkView('hq-034-r1'), 'en')).toBe(
      'Cybersecurity Strategic Headquarters, 34th meeting, minutes, 17 June 2022, remark by Jun Murai (Professor, Keio University)',
    );
  });
  it('still cites in Japanese by default', () => {
    expect(citeRemark(remarkView('hq-034-r1'))).toBe(
      'サイバーセキュリティ戦略本部「第34回会合 議事概要」（2022年6月17日）村井純（慶應義塾大学教授）発言',
    );
  });
});
