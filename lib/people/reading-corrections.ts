/**
 * Checked readings, keyed by the name as printed (no spaces): [surname, given name] in katakana. Two kinds of entry:
 * names kuromoji (IPAdic) misreads or does not know, and names it can only piece together from several words, where
 * the pieced reading was checked and found right. Only publicly established readings belong here; everyone else keeps
 * kuromoji's reading, and names nobody could check stay without one (reported by the corpus build).
 */
export const READING_CORRECTIONS: Record<string, readonly [string, string]> = {
  安倍晋三: ['アベ', 'シンゾウ'], // 晋三 read ススム+サン
  菅義偉: ['スガ', 'ヨシヒデ'], // 菅 read カン, 義偉 split
  山谷えり子: ['ヤマタニ', 'エリコ'], // 山谷 read サンヤ
  中谷元: ['ナカタニ', 'ゲン'], // 元 read モト
  中谷和弘: ['ナカタニ', 'カズヒロ'], // 和弘 read カズ+ヒロシ
  杉田和博: ['スギタ', 'カズヒロ'],
  世耕弘成: ['セコウ', 'ヒロシゲ'],
  髙見澤將林: ['タカミザワ', 'ノブシゲ'], // 髙 and 將 unknown to the dictionary
  金子恭之: ['カネコ', 'ヤスシ'],
  岸信夫: ['キシ', 'ノブオ'], // 信夫 read シノブ
  小林鷹之: ['コバヤシ', 'タカユキ'],
  // Printed 未松 in the 2022 minutes: the minister for the Tokyo Games was 末松信介 (すえまつ しんすけ).
  未松信介: ['スエマツ', 'シンスケ'],
  後藤厚宏: ['ゴトウ', 'アツヒロ'],
  磯崎仁彦: ['イソザキ', 'ヨシヒコ'],
  上沼紫野: ['ウエヌマ', 'シノ'],
  酒井啓亘: ['サカイ', 'ヒロノブ'],
  岡野正敬: ['オカノ', 'マサタカ'],
  // Printed 穴戸 in the 2025 list: the constitutional scholar of the University of Tokyo is 宍戸常寿 (ししど じょうじ).
  穴戸常寿: ['シシド', 'ジョウジ'],
  土屋大洋: ['ツチヤ', 'モトヒロ'],
  松田浩路: ['マツダ', 'ヒロミチ'],
  平将明: ['タイラ', 'マサアキ'],
  岸信千世: ['キシ', 'ノブチヨ'],
  // Pieced together by the dictionary, checked:
  林紘一郎: ['ハヤシ', 'コウイチロウ'],
  二之湯智: ['ニノユ', 'サトシ'],
  松原実穂子: ['マツバラ', 'ミホコ'],
  星周一郎: ['ホシ', 'シュウイチロウ'],
};
