/**
 * Text items of a PDF page (as pdf.js gives them: a string, its position and size) → lines in reading order.
 *
 * PDF has no lines or paragraphs, only positioned runs of text. Runs whose baselines are within half a font size of
 * each other make a line, ordered left to right; a wide gap inside a line becomes a tab (attendee tables: name, role),
 * a smaller one a space where it separates words. A page laid out in two columns (an empty vertical band that no run
 * crosses, with text on both sides) is read left column first. A line that runs to the right margin and is followed at
 * the usual line pitch by a line that does not start a new item (○ speaker, bullet, numbered heading) was wrapped by
 * the layout: the two are joined, so the parser sees one line per paragraph as in the text files. A bigger vertical
 * gap is a paragraph break (blank line). Page numbers alone on the first or last line of a page are dropped.
 */
export interface PdfTextItem {
  str: string;
  /** left edge and baseline, in PDF units (y grows upwards) */
  x: number;
  y: number;
  width: number;
  /** font size (height of the run) */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface Line {
  y: number;
  size: number;
  left: number;
  right: number;
  text: string;
}

const NEW_ITEM = /^(?:[○◯●◎■□◆◇・※\-－]|[（(][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}\s*[.．、 　]|【|第[0-9０-９]+|（※)/;
const PAGE_NUMBER = /^[-－‐—–―ー\s]*(?:[0-9０-９]{1,4}|[0-9０-９]+\s*[/／]\s*[0-9０-９]+|[pP]\.?\s*[0-9]+)[-－‐—–―ー\s]*$/;

export function pagesToText(pages: readonly PdfPage[]): string {
  const out: string[] = [];
  for (const page of pages) {
    // Whitespace runs are kept: printed spaces and tabs (Chromium prints a tab as one narrow run) separate names and roles.
    const items = page.items.filter((i) => i.str !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
    if (!items.some((i) => i.str.trim() !== '')) continue;
    for (const column of splitColumns(items, page.width)) {
      const lines = toLines(column);
      if (lines.length === 0) continue;
      if (PAGE_NUMBER.test(lines[lines.length - 1].text)) lines.pop();
      if (lines.length > 0 && PAGE_NUMBER.test(lines[0].text)) lines.shift();
      out.push(...joinWrapped(lines));
      out.push('');
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/** True when no page has any text: a scanned document (images only). */
export function hasText(pages: readonly PdfPage[]): boolean {
  return pages.some((p) => p.items.some((i) => i.str.trim() !== ''));
}

function toLines(items: PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const g = groups[groups.length - 1];
    const size = Math.max(1, item.size);
    if (g && Math.abs(g[0].y - item.y) < Math.max(1, Math.min(size, g[0].size)) * 0.5) g.push(item);
    else groups.push([item]);
  }
  return groups
    .filter((g) => g.some((i) => i.str.trim() !== ''))
    .map((g) => {
      g.sort((a, b) => a.x - b.x);
      const size = median(g.filter((i) => i.str.trim() !== '').map((i) => i.size)) || 10;
      let text = '';
      let end = -Infinity;
      let left = Infinity;
      let pending: '' | ' ' | '\t' = '';
      for (const item of g) {
        if (item.str.trim() === '') {
          // a printed space, or a tab printed as a wide blank
          if (text !== '') pending = pending === '\t' || item.width >= 1.5 * size || /\t/.test(item.str) ? '\t' : ' ';
          end = Math.max(end, item.x + item.width);
          continue;
        }
        const gap = item.x - end;
        if (text !== '' && (pending === '\t' || gap > 2 * size)) text += '\t';
        else if (text !== '' && pending === ' ') text += ' ';
        else if (text !== '' && gap > 0.25 * size) {
          const latin = /[A-Za-z0-9]$/.test(text) || /^[A-Za-z0-9]/.test(item.str);
          if (latin || gap > 0.8 * size) text += ' ';
        }
        pending = '';
        left = Math.min(left, item.x);
        text += item.str.replace(/^\s+/, ' ').replace(/\s+$/, ' ');
        end = Math.max(end, item.x + item.width);
      }
      return { y: g[0].y, size, left, right: end, text: text.replace(/\s+$/, '').replace(/^\s+/, '') };
    });
}

function joinWrapped(lines: Line[]): string[] {
  if (lines.length === 0) return [];
  const right = Math.max(...lines.map((l) => l.right));
  const leftEdge = Math.min(...lines.map((l) => l.left));
  const pitches = lines
    .slice(1)
    .map((l, i) => lines[i].y - l.y)
    .filter((p) => p > 0);
  // The usual line pitch: a low percentile of the gaps, since paragraph gaps can outnumber line gaps (one-line paragraphs).
  const usual = pitches.filter((p) => p >= lines[0].size * 0.9).sort((a, b) => a - b);
  const pitch = usual[Math.floor(usual.length * 0.2)] || lines[0].size * 1.5;
  const out: string[] = [];
  let current = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    const gap = prev.y - line.y;
    // Not joined: a line ending a sentence (a paragraph may end there; a missed join only splits a paragraph, a wrong
    // one merges two), an indented next line (a new paragraph), a table row.
    const wrapped =
      prev.right >= right - 1.5 * prev.size &&
      gap <= pitch * 1.25 &&
      !/[。．！？!?」』）)]$/.test(prev.text) &&
      line.left <= leftEdge + prev.size * 0.5 &&
      !/^[\u3000]/.test(line.text) &&
      !NEW_ITEM.test(line.text.trim()) &&
      !prev.text.includes('\t');
    if (wrapped) {
      const latinJoin = /[A-Za-z0-9,.]$/.test(current) && /^[A-Za-z0-9]/.test(line.text);
      current += (latinJoin ? ' ' : '') + line.text.trimStart();
      continue;
    }
    out.push(current);
    if (gap > pitch * 1.6) out.push('');
    current = line.text;
  }
  out.push(current);
  return out;
}

/** Splits a page at a vertical band no item crosses, near the middle, with a fair share of the text on each side. */
function splitColumns(items: PdfTextItem[], pageWidth: number): PdfTextItem[][] {
  const width = pageWidth > 0 ? pageWidth : Math.max(...items.map((i) => i.x + i.width));
  const cells = 200;
  const covered = new Uint8Array(cells);
  for (const i of items) {
    const a = Math.max(0, Math.floor((i.x / width) * cells));
    const b = Math.min(cells - 1, Math.floor(((i.x + i.width) / width) * cells));
    for (let c = a; c <= b; c++) covered[c] = 1;
  }
  let best: { from: number; to: number } | null = null;
  for (let c = Math.floor(cells * 0.3); c < cells * 0.7; c++) {
    if (covered[c]) continue;
    let e = c;
    while (e + 1 < cells && !covered[e + 1]) e++;
    // a gutter has text on both sides: a run reaching the page's edge is a margin
    const inside = e + 1 < cells && covered.subarray(0, c).includes(1);
    if (inside && (!best || e - c > best.to - best.from)) best = { from: c, to: e };
    c = e;
  }
  if (!best || best.to - best.from < 2) return [items];
  const cut = ((best.from + best.to) / 2 / cells) * width;
  const left = items.filter((i) => i.x + i.width <= cut);
  const rightSide = items.filter((i) => i.x >= cut);
  const chars = (xs: PdfTextItem[]) => xs.reduce((n, i) => n + i.str.length, 0);
  const total = chars(items);
  if (chars(left) < total * 0.2 || chars(rightSide) < total * 0.2) return [items];
  // Both columns must hold several lines: two short labels side by side are not columns.
  if (new Set(left.map((i) => Math.round(i.y))).size < 5 || new Set(rightSide.map((i) => Math.round(i.y))).size < 5) return [items];
  return [left, rightSide];
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
