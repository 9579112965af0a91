/**
 * The labelled set for recognition on news-like pages (tests/e2e/fixtures/recog-*.html, written for these tests).
 * Each page lists, in document order, every mention a reader would want lit: people of the corpus (with the person
 * meant) and terms or bodies of the lit tier. Everything else on the page must stay dark, including the traps: a
 * stranger with a corpus surname (木原稔 / Minoru Kihara, 村井嘉浩, Shinichi Nakatani), a surname before any full
 * mention, 林 in 森林 and 林業, 平 in 平和, common words (サイバー攻撃, サイバー空間, cyberattacks, cyberspace, 中小企業).
 * A label is found in the page text as the first occurrence after the previous label ends.
 */
export type Label = { text: string; kind: 'person'; name: string } | { text: string; kind: 'term' };

const p = (text: string, name: string): Label => ({ text, kind: 'person', name });
const t = (text: string): Label => ({ text, kind: 'term' });

export interface LabelledPage {
  file: string;
  lang: 'ja' | 'en';
  labels: Label[];
}

export const LABELLED_PAGES: LabelledPage[] = [
  {
    file: 'recog-ja-politics.html',
    lang: 'ja',
    labels: [
      t('能動的サイバー防衛'),
      t('官民連携'),
      // 木原氏, 木原稔官房長官, 木原官房長官: 木原稔, not in the corpus (木原誠二 is)
      t('能動的サイバー防御'),
      t('官民連携'),
      t('サイバーセキュリティ戦略本部'),
      p('高市早苗', '高市早苗'),
      t('経済安全保障'),
      t('重要インフラ'),
      p('高市首相', '高市早苗'),
      p('平将明', '平将明'),
      t('国家サイバー統括室'),
      p('平氏', '平将明'),
      p('平大臣', '平将明'),
      t('通信の秘密'),
      p('高市内閣総理大臣', '高市早苗'),
      p('林官房長官', '林芳正'),
      p('林紘一郎', '林紘一郎'),
      p('林教授', '林紘一郎'),
      p('中谷元', '中谷元'),
      p('中谷氏', '中谷元'),
      t('能力構築支援'),
      t('人工知能'),
      t('AI'),
      t('ランサムウェア'),
      t('アクティブ・サイバー・ディフェンス'),
    ],
  },
  {
    file: 'recog-ja-council.html',
    lang: 'ja',
    labels: [
      t('サイバーセキュリティ推進専門家会議'),
      t('生成AI'),
      t('サイバーセキュリティ推進専門家会議'),
      t('情報セキュリティ政策会議'),
      t('基本計画検討委員会'),
      // 村井嘉浩知事: the governor of Miyagi, not 村井純
      p('村井純', '村井純'),
      p('村井氏', '村井純'),
      t('生成AI'),
      t('SBOM'),
      t('セキュア・バイ・デザイン'),
      p('後藤厚宏', '後藤厚宏'),
      t('サプライチェーン'),
      p('後藤議長', '後藤厚宏'),
      t('官民連携'),
      p('篠田佳奈', '篠田佳奈'),
      p('篠田氏', '篠田佳奈'),
      t('国家サイバー統括室'),
      t('ＮＣＯ'),
      p('門松貴', '門松貴'),
      t('旧ＮＩＳＣ'),
      p('村井さん', '村井純'),
      t('サイバーセキュリティー戦略本部'),
    ],
  },
  {
    file: 'recog-en-politics.html',
    lang: 'en',
    labels: [
      t('active cyberdefense'),
      // Kihara (headline), Minoru Kihara, Kihara, Mr. Kihara: the Chief Cabinet Secretary 木原稔, not 木原誠二
      t('active cyber-defense'),
      t('public-private partnership'),
      p('Sanae Takaichi', '高市早苗'),
      t('Cybersecurity Strategic Headquarters'),
      t('critical infrastructure'),
      t('economic security'),
      p('Takaichi', '高市早苗'),
      p('Ms. Takaichi', '高市早苗'),
      t('National Cybersecurity Office'),
      p('Masaaki Taira', '平将明'),
      t('secrecy of communication'),
      p('Taira', '平将明'),
      t('ransomware'),
      t('supply-chain'),
      // Shinichi Nakatani, Mr. Nakatani: a lawmaker outside the corpus
      p('Gen Nakatani', '中谷元'),
      p('Yoshimasa Hayashi', '林芳正'),
      p('Koichiro Hayashi', '林紘一郎'),
      p('Professor Hayashi', '林紘一郎'),
      t('generative artificial intelligence'),
      t('National Center for Incident Readiness and Strategy for Cybersecurity'),
      t('NISC'),
    ],
  },
  {
    file: 'recog-en-council.html',
    lang: 'en',
    labels: [
      t('Expert Council for Promoting Cybersecurity'),
      t('Information Security Policy Council'),
      p('Jun Murai', '村井純'),
      p('Murai', '村井純'),
      t('software bill of materials'),
      t('SBOM'),
      p('Professor Murai', '村井純'),
      t('secure-by-design'),
      p('Atsuhiro Goto', '後藤厚宏'),
      t('supply chain'),
      p('Goto', '後藤厚宏'),
      t('threat hunting'),
      t('critical infrastructures'),
      p('Kana Shinoda', '篠田佳奈'),
      p('Shinoda', '篠田佳奈'),
      t('National Cybersecurity Office'),
      t('NCO'),
      t('NISC'),
      t('Cybersecurity Strategy'),
      p('Murai', '村井純'),
      t('Cybersecurity Strategic Headquarters'),
      // Ota: a reader, named before (and without) any full mention
      t('artificial intelligence'),
    ],
  },
];
