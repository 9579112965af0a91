import type { Corpus, Meeting, Person } from '../corpus/types';

/** A small corpus with the hard cases of real pages: shared surnames, one-kanji surnames, acronyms, synonyms. */

function person(id: string, surname: string, given: string, romaji?: string): Person {
  const parts = romaji?.split(' ');
  return {
    id,
    name: surname + given,
    surname,
    givenName: given,
    romaji,
    nameEn: parts ? `${parts[1]} ${parts[0]}` : undefined,
    aliases: [],
  };
}

const people: Person[] = [
  person('p-murai', '村井', '純', 'Murai Jun'),
  person('p-taira', '平', '将明', 'Taira Masaaki'),
  person('p-takaichi', '高市', '早苗', 'Takaichi Sanae'),
  person('p-nakatani-k', '中谷', '和弘', 'Nakatani Kazuhiro'),
  person('p-nakatani-g', '中谷', '元', 'Nakatani Gen'),
  person('p-hayashi-y', '林', '芳正', 'Hayashi Yoshimasa'),
  person('p-hayashi-k', '林', '紘一郎', 'Hayashi Koichiro'),
  person('p-kishi-n', '岸', '信夫', 'Kishi Nobuo'),
  person('p-kishi-c', '岸', '信千世', 'Kishi Nobuchiyo'),
  person('p-kadomatsu', '門松', '貴'),
  person('p-kono', '河野', '太郎', 'Kōno Tarō'),
];

function meeting(id: string, date: string, attendees: [string, string][], body = 'サイバーセキュリティ戦略本部'): Meeting {
  return {
    id,
    body,
    number: 1,
    title: '第1回会合',
    date,
    venue: '官邸',
    source: `${id}.txt`,
    attendees: attendees.map(([personId, role]) => ({ personId, role, absent: false })),
    agenda: [],
  };
}

export const fixtureCorpus: Corpus = {
  version: 'fixture-1',
  dataDate: '2025-09-19',
  people,
  meetings: [
    meeting('m-2022', '2022-06-17', [
      ['p-hayashi-y', '本部長（内閣官房長官）'],
      ['p-kishi-n', '防衛大臣'],
      ['p-nakatani-k', '東京大学名誉教授'],
      ['p-murai', '慶應義塾大学教授'],
      ['p-hayashi-k', '情報セキュリティ大学院大学名誉教授'],
    ]),
    meeting('m-2025', '2025-09-19', [
      ['p-taira', 'サイバー安全保障担当大臣'],
      ['p-kishi-c', '内閣府大臣政務官'],
      ['p-nakatani-g', '防衛大臣'],
      ['p-takaichi', '経済安全保障担当大臣'],
      ['p-kadomatsu', '国家サイバー統括室統括官'],
      ['p-kono', 'デジタル大臣'],
    ]),
    meeting('m-council', '2025-09-19', [['p-murai', '慶應義塾大学教授']], 'サイバーセキュリティ推進専門家会議'),
  ],
  remarks: [
    { id: 'r-1', meetingId: 'm-2022', order: 1, section: '討議', speakerId: 'p-nakatani-k', speakerLabel: '中谷本部員', text: '…' },
    { id: 'r-2', meetingId: 'm-2025', order: 1, section: '討議', speakerId: 'p-nakatani-g', speakerLabel: '中谷防衛大臣', text: '…' },
  ],
  terms: [
    {
      id: 't-acd',
      label: '能動的サイバー防御',
      aliases: ['アクティブ・サイバー・ディフェンス'],
      en: 'active cyber defense',
      remarkIds: [],
    },
    { id: 't-nisc', label: 'NISC', aliases: ['内閣サイバーセキュリティセンター'], remarkIds: [] },
    { id: 't-ai', label: 'AI', aliases: ['人工知能'], remarkIds: [] },
    { id: 't-ot', label: 'OT', aliases: [], remarkIds: [] },
    { id: 't-iot', label: 'IoT', aliases: [], remarkIds: [] },
    { id: 't-notice', label: 'NOTICE', aliases: [], en: 'National Operation Towards IoT Clean Environment', remarkIds: [] },
    { id: 't-cs', label: 'サイバーセキュリティ', aliases: [], remarkIds: [] },
    { id: 't-hq', label: 'サイバーセキュリティ戦略本部', aliases: [], remarkIds: [] },
    { id: 't-plan', label: 'サイバーセキュリティ2023', aliases: [], remarkIds: [] },
    { id: 't-server', label: 'サーバー', aliases: [], remarkIds: [] },
    { id: 't-bot', label: 'ボット', aliases: [], remarkIds: [] },
    { id: 't-kyoka', label: '強化', aliases: [], remarkIds: [] },
    { id: 't-anzen', label: '安全保障', aliases: [], remarkIds: [], source: 'compound' },
    { id: 't-kanmin', label: '官民連携', aliases: [], remarkIds: [], source: 'compound' },
    { id: 't-attack', label: 'サイバー攻撃', aliases: [], remarkIds: [], source: 'compound' },
    { id: 't-space', label: 'サイバー空間', aliases: [], remarkIds: [], source: 'glossary' },
  ],
};
