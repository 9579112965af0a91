/**
 * PDFs often map kanji to radical code points: a font (Noto CJK among them) draws 日 and the Kangxi radical ⽇
 * (U+2F47) with one glyph, and the PDF's ToUnicode table names the glyph by the lower code point, so the text layer of
 * a Chromium- or Word-printed PDF says 本部⻑ for 本部長 and ⽇時 for 日時. The parser, search and recognition need the
 * ideographs. Kangxi radicals (U+2F00–U+2FD5) decompose to them under NFKC; the CJK Radicals Supplement has no
 * decomposition, so the ones with an equivalent ideograph used in Japanese (Unicode's EquivalentUnifiedIdeograph) are
 * listed here. Only radical code points change; every other character stays as printed.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺅': '亻', '⺆': '冂', '⺊': '卜', '⺌': '小', '⺍': '小', '⺎': '兀', '⺐': '尢', '⺒': '巳', '⺓': '幺',
  '⺖': '忄', '⺗': '心', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺝': '月', '⺟': '母', '⺠': '民', '⺡': '氵', '⺣': '灬',
  '⺤': '爫', '⺥': '爫', '⺧': '牛', '⺨': '犭', '⺩': '王', '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹',
  '⺯': '糹', '⺲': '罒', '⺳': '网', '⺶': '羊', '⺹': '耂', '⺺': '肀', '⺻': '聿', '⺼': '肉', '⺽': '臼', '⺾': '艹',
  '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻆': '角', '⻊': '足', '⻌': '辶', '⻍': '辶',
  '⻎': '辶', '⻏': '阝', '⻑': '長', '⻒': '镸', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻝': '食', '⻟': '飠', '⻣': '骨',
  '⻤': '鬼', '⻨': '麦', '⻩': '黄', '⻫': '斉', '⻭': '歯', '⻯': '竜', '⻲': '亀', '⻳': '龟',
};

export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => SUPPLEMENT[c] ?? (c >= '\u2f00' ? c.normalize('NFKC') : c));
}
