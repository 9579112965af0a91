import type { Corpus } from '../../corpus/types';

/**
 * A small hand-written corpus in the shape of the bundled one, for unit tests of the database, the query layer and
 * the components. Remark texts are short excerpts in the style of the seeds.
 */
export function smallCorpus(version = 'test-1'): Corpus {
  return {
    version,
    dataDate: '2023-07-04',
    meetings: [
      {
        id: 'hq-001',
        body: 'サイバーセキュリティ戦略本部',
        number: 1,
        title: '第1回会合',
        date: '2015-02-10',
        venue: '総理大臣官邸4階大会議室',
        source: 'hq-001-2015-02-10.txt',
        attendees: [
          { personId: 'p-suga-yoshihide', role: '本部長（内閣官房長官）', group: '閣僚', absent: false },
          { personId: 'p-takaichi-sanae', role: '総務大臣', group: '閣僚', absent: false },
          { personId: 'p-murai-jun', role: '慶應義塾大学教授', group: '本部員', absent: false },
        ],
        agenda: [{ kind: '決定事項', title: '本部の運営について' }],
      },
      {
        id: 'hq-034',
        body: 'サイバーセキュリティ戦略本部',
        number: 34,
        title: '第34回会合',
        date: '2022-06-17',
        venue: '総理大臣官邸4階大会議室',
        source: 'hq-034-2022-06-17.txt',
        attendees: [
          { personId: 'p-murai-jun', role: '慶應義塾大学教授', group: '本部員', absent: false },
          { personId: 'p-nakatani-kazuhiro', role: '東京大学大学院法学政治学研究科教授', group: '本部員', absent: false },
        ],
        agenda: [],
      },
      {
        id: 'hq-036',
        body: 'サイバーセキュリティ戦略本部',
        number: 36,
        title: '第36回会合',
        date: '2023-07-04',
        venue: '総理大臣官邸4階大会議室',
        source: 'hq-036-2023-07-04.txt',
        attendees: [
          { personId: 'p-murai-jun', role: '慶應義塾大学教授', group: '本部員', absent: false },
          { personId: 'p-takaichi-sanae', role: '経済安全保障担当大臣', group: '閣僚', absent: true },
        ],
        agenda: [],
      },
    ],
    people: [
      { id: 'p-murai-jun', name: '村井純', reading: 'むらいじゅん', romaji: 'Murai Jun', nameEn: 'Jun Murai', surname: '村井', givenName: '純', aliases: ['村井 純'] },
      { id: 'p-takaichi-sanae', name: '高市早苗', reading: 'たかいちさなえ', romaji: 'Takaichi Sanae', surname: '高市', aliases: [] },
      { id: 'p-suga-yoshihide', name: '菅義偉', reading: 'すがよしひで', romaji: 'Suga Yoshihide', surname: '菅', aliases: [] },
      { id: 'p-nakatani-kazuhiro', name: '中谷和弘', reading: 'なかたにかずひろ', romaji: 'Nakatani Kazuhiro', surname: '中谷', aliases: [] },
      { id: 'p-murata-takashi', name: '村田隆', reading: 'むらたたかし', romaji: 'Murata Takashi', surname: '村田', aliases: [] },
    ],
    remarks: [
      { id: 'hq-001-r1', meetingId: 'hq-001', order: 1, section: '本部長挨拶', speakerId: 'p-suga-yoshihide', speakerLabel: '本部長', text: 'サイバーセキュリティ基本法の施行を受け、本部を設置した。' },
      { id: 'hq-001-r2', meetingId: 'hq-001', order: 2, section: '意見交換', speakerId: 'p-murai-jun', speakerLabel: '村井本部員', text: '日本の良いところについて、意見を申し上げる。NISCの役割は大きい。' },
      { id: 'hq-001-r3', meetingId: 'hq-001', order: 3, section: '意見交換', speakerId: 'p-takaichi-sanae', speakerLabel: '高市本部員', text: '総務省としても<b>情報通信</b>の安全確保に取り組む。' },
      { id: 'hq-034-r1', meetingId: 'hq-034', order: 1, section: '討議', speakerId: 'p-murai-jun', speakerLabel: '村井本部長', text: 'ウクライナはパワーグリッドをロシア系からヨーロッパ系に切り替えるテストをしていた。' },
      { id: 'hq-034-r2', meetingId: 'hq-034', order: 2, section: '討議', speakerId: 'p-nakatani-kazuhiro', speakerLabel: '中谷本部員', text: '能動的サイバー防御の法的な論点を整理すべきである。' },
      { id: 'hq-036-r1', meetingId: 'hq-036', order: 1, section: '討議', speakerId: 'p-murai-jun', speakerLabel: '村井本部員', text: 'NISCができた時から、重要インフラの横の連携を構築してきた。アクティブ・サイバー・ディフェンスの議論も重要だ。' },
      { id: 'hq-036-r2', meetingId: 'hq-036', order: 2, section: '討議', speakerId: 'p-takaichi-sanae', speakerLabel: '高市経済安全保障担当大臣', written: true, text: '能動的サイバー防御の導入に向けた検討を加速する。' },
      { id: 'hq-036-r3', meetingId: 'hq-036', order: 3, section: '討議', speakerId: null, speakerLabel: '委員', text: '中小企業の対策が遅れている。' },
    ],
    terms: [
      {
        id: 't-active-cyber-defense',
        label: '能動的サイバー防御',
        aliases: ['アクティブ・サイバー・ディフェンス', 'アクティブサイバーディフェンス', 'active cyber defense'],
        en: 'active cyber defense',
        definition: '重大なサイバー攻撃を未然に防ぐための取組。',
        reading: 'ノウドウテキサイバーボウギョ',
        remarkIds: ['hq-034-r2', 'hq-036-r1', 'hq-036-r2'],
      },
      {
        id: 't-nisc',
        label: 'NISC',
        aliases: ['内閣サイバーセキュリティセンター'],
        en: 'National center of Incident readiness and Strategy for Cybersecurity',
        remarkIds: ['hq-001-r2', 'hq-036-r1'],
      },
    ],
  };
}
