/**
 * Rejoining the lines of a remark or note into the author's paragraphs.
 *
 * Two layouts exist. In a *wrapped* file (the 2015 minutes, extracted from PDF) every line is cut at the page width,
 * often mid-word, and the extraction leaves a trailing space exactly where the author's paragraph ended, so that
 * trailing space is the paragraph signal (a line that merely happens to end in 。 at the margin is not a paragraph
 * end). In the other files one line is one paragraph, and a line that does not end in closing punctuation was cut by a
 * page break, so it continues on the next line. Bullets ("- ", "・") always start a paragraph of their own.
 * Lines are joined without a space: the text is Japanese.
 */

export interface SourceLine {
  /** 1-based line number */
  no: number;
  raw: string;
  /** without surrounding whitespace (including U+3000) */
  text: string;
  trailingSpace: boolean;
}

const CLOSING = /[。．！？!?][」』）)"]*$/;
/** Markdown list marker the text files put before bullets, sometimes with the original "・" after it. */
const BULLET = /^-\s+/;

export function isBullet(text: string): boolean {
  return BULLET.test(text) || text.startsWith('・');
}

/** A list item ("・…", "- ・…") is a fragment, not a sentence: what follows it is a new paragraph. */
function isListItem(text: string): boolean {
  return text.replace(BULLET, '').startsWith('・');
}

export function stripBullet(text: string): string {
  return text.replace(BULLET, '').trim();
}

/** Whether the text of `line` ends its paragraph, given the file's layout. */
export function closesParagraph(line: SourceLine, wrapped: boolean): boolean {
  if (wrapped) return line.trailingSpace;
  return CLOSING.test(line.text) || isListItem(line.text);
}

/**
 * Detects the wrapped (PDF-extracted) layout: many lines stop mid-sentence and paragraph ends carry a trailing space.
 */
export function isWrappedLayout(lines: SourceLine[]): boolean {
  const nonBlank = lines.filter((l) => l.text !== '');
  if (nonBlank.length === 0) return false;
  const cut = nonBlank.filter((l) => !l.trailingSpace && !CLOSING.test(l.text)).length;
  const trailing = nonBlank.filter((l) => l.trailingSpace).length;
  return cut / nonBlank.length > 0.25 && trailing >= 3;
}

/**
 * Accumulates lines into paragraphs. The open paragraph is kept as pieces with its last characters and quotation
 * state on the side: appending to one growing string and reading it back at every line made a long paragraph
 * quadratic (a 250 kB paragraph took seconds).
 */
export class ParagraphBuilder {
  private readonly closed: string[] = [];
  private pieces: string[] = [];
  /** the last four UTF-16 units of the open paragraph */
  private tail = '';
  /** whether the open paragraph has a 「 not yet closed by 」 */
  private quoteOpen = false;
  private open = false;

  constructor(private readonly wrapped: boolean) {}

  /** Adds one line's text; `newParagraph` forces a break (bullets, the first line after a speaker label). */
  add(text: string, closes: boolean, newParagraph = false): void {
    if (text === '') return;
    if (this.open && !newParagraph && this.pieces.length > 0) {
      this.append(this.wrapped ? text : dropPageBreakRepeat(this.tail, this.quoteOpen, text));
    } else {
      if (this.pieces.length > 0) this.closed.push(this.pieces.join(''));
      this.pieces = [];
      this.tail = '';
      this.quoteOpen = false;
      this.append(text);
    }
    this.open = !closes;
  }

  private append(piece: string): void {
    this.pieces.push(piece);
    this.tail = (this.tail + piece).slice(-4);
    const opens = piece.lastIndexOf('「');
    const closes = piece.lastIndexOf('」');
    if (opens >= 0 || closes >= 0) this.quoteOpen = opens > closes;
  }

  get isEmpty(): boolean {
    return this.closed.length === 0 && this.pieces.length === 0;
  }

  /** Whether the last paragraph is still waiting for its continuation. */
  get isOpen(): boolean {
    return this.open;
  }

  text(): string {
    return (this.pieces.length > 0 ? [...this.closed, this.pieces.join('')] : this.closed).join('\n');
  }
}

/**
 * At a page break the one-paragraph-per-line files sometimes repeat the characters cut off at the end of the page
 * ("…DX化の更なる進展とセキ" / "セキュリティ強化の両立", "「重要インフラのサ" / "「サイバーセキュリティに係る…"). When the
 * next line starts with the last one to four characters of the previous one (optionally after a 「 repeated from an
 * open quotation), the repetition is dropped so the word reads once. Only used where a line was cut mid-sentence.
 * `tail` is the end of the paragraph so far (at least its last four characters); `quoteOpen` whether it has an
 * unclosed 「.
 */
function dropPageBreakRepeat(tail: string, quoteOpen: boolean, next: string): string {
  for (let k = Math.min(4, tail.length); k >= 1; k--) {
    const end = tail.slice(-k);
    if (!/^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u.test(end)) continue;
    if (next.startsWith(end) && next.length > k) return next.slice(k);
    if (quoteOpen && next.startsWith('「' + end)) return next.slice(k + 1);
  }
  return next;
}
