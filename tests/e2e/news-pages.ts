import { type Marked, sorted } from './content-helpers';

/** Each page: what must light up (mention text → the names of the cards its popover shows), and nothing else. */
export interface Expectation {
  person: [string, string[]][];
  term: [string, string[]][];
}

export const NEWS_JA: Expectation = {
  person: [
    ['平将明', ['平将明']],
    ['平将明', ['平将明']],
    ['平大臣', ['平将明']],
    ['高市首相', ['高市早苗']],
    ['林外務相', ['林芳正']],
    ['村井純', ['村井純']],
    ['門松貴', ['門松貴']],
  ],
  term: [
    ['能動的サイバー防御', ['能動的サイバー防御']],
    ['国家サイバー統括室', ['国家サイバー統括室']],
    ['ＮＣＯ', ['国家サイバー統括室']],
    ['重要インフラ', ['重要インフラ']],
    ['サイバーセキュリティー戦略本部', ['body:サイバーセキュリティ戦略本部', 'サイバーセキュリティ戦略本部']],
    ['アクティブ・サイバー・ディフェンス', ['能動的サイバー防御']],
    ['ＮＩＳＣ', ['NISC']],
    ['ランサムウェア', ['ランサムウェア']],
    ['サプライチェーン', ['サプライチェーン']],
    ['通信の秘密', ['通信の秘密']],
    ['国家サイバー統括室', ['国家サイバー統括室']],
  ],
};

export const NEWS_EN: Expectation = {
  person: [
    ['Sanae Takaichi', ['高市早苗']],
    ['Takaichi', ['高市早苗']],
    ['Masaaki Taira', ['平将明']],
    ['Minister Taira', ['平将明']],
    ['Jun Murai', ['村井純']],
  ],
  term: [
    ['active cyber defense', ['能動的サイバー防御']],
    ['Cybersecurity Strategic Headquarters', ['body:サイバーセキュリティ戦略本部', 'サイバーセキュリティ戦略本部']],
    ['National Cybersecurity Office', ['国家サイバー統括室']],
    ['NCO', ['国家サイバー統括室']],
    ['NISC', ['NISC']],
    ['critical infrastructure', ['重要インフラ']],
    ['ransomware', ['ランサムウェア']],
    ['supply chain', ['サプライチェーン']],
    ['IoT', ['IoT']],
    ['secrecy of communications', ['通信の秘密']],
  ],
};

export function texts(e: Expectation): Marked {
  return sorted({ person: e.person.map(([t]) => t), term: e.term.map(([t]) => t) });
}
