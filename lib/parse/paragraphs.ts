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

/** Accumulates lines into paragraphs. */
export class ParagraphBuilder {
  readonly paragraphs: string[] = [];
  private open = false;

  constructor(private readonly wrapped: boolean) {}

  /** Adds one line's text; `newParagraph` forces a break (bullets, the first line after a speaker label). */
  add(text: string, closes: boolean, newParagraph = false): void {
    if (text === '') return;
    const last = this.paragraphs.length - 1;
    if (this.open && !newParagraph && last >= 0) {
      this.paragraphs[last] += this.wrapped ? text : dropPageBreakRepeat(this.paragraphs[last], text);
    } else {
      this.paragraphs.push(text);
    }
    this.open = !closes;
  }

  get isEmpty(): boolean {
    return this.paragraphs.length === 0;
  }

  /** Whether the last paragraph is still waiting for its continuation. */
  get isOpen(): boolean {
    return this.open;
  }

  text(): string {
    return this.paragraphs.join('\n');
  }
}

/**
 * At a page break the one-paragraph-per-line files sometimes repeat the characters cut off at the end of the page
 * ("…DX化の更なる進展とセキ" / "セキュリティ強化の両立", "「重要インフラのサ" / "「サイバーセキュリティに係る…"). When the
 * next line starts with the last one to four characters of the previous one (optionally after a 「 repeated from an
 * open quotation), the repetition is dropped so the word reads once. Only used where a line was cut mid-sentence.
 */
export function dropPageBreakRepeat(previous: string, next: string): string {
  const openQuote = previous.lastIndexOf('「') > previous.lastIndexOf('」');
  for (let k = Math.min(4, previous.length); k >= 1; k--) {
    const tail = previous.slice(-k);
    if (!/^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u.test(tail)) continue;
    if (next.startsWith(tail) && next.length > k) return next.slice(k);
    if (openQuote && next.startsWith('「' + tail)) return next.slice(k + 1);
  }
  return next;
}
