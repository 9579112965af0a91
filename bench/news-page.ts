import type { Corpus } from '../lib/corpus/types';
import { random } from './random';

/**
 * A generated news-like page of about 1 MB for the highlighting benchmark: articles of short paragraphs whose text
 * is cut into many small text nodes by links, bold, emphasis and spans (the way news sites mark up copy), navigation
 * lists and a sidebar, and names and terms of the real corpus dropped in the way news writes them (平将明サイバー安全
 * 保障担当相, 村井純氏, Jun Murai, 能動的サイバー防御). The filler is the corpus's own sentences, so the text has the
 * vocabulary of the domain (and the terms it mentions on its own). Deterministic: the same corpus gives the same page.
 */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface NewsPage {
  html: string;
  bytes: number;
  paragraphs: number;
}

export interface NewsPageOptions {
  /** target size of the HTML in bytes */
  bytes?: number;
  /** share of text pieces that are a name or a term rather than filler (default 0.05) */
  mentionRate?: number;
  /** extra markup for <head> (scripts of a baseline) */
  head?: string;
  /** markup at the start of <main> (a live feed that a script fills) */
  top?: string;
}

/** Writes news copy: paragraphs, link lists and headings of the corpus's text with names and terms in it. */
export function newsWriter(corpus: Corpus, mentionRate = 0.05, seed = 20250919) {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

  // Filler: the corpus's sentences cut at 、, 。 and 」 into short pieces.
  const pieces = corpus.remarks.flatMap((r) => r.text.split(/(?<=[、。」])/)).filter((p) => p.length >= 3 && p.length <= 16);
  const titles = ['氏', '大臣', '担当相', '委員', '教授', '首相', 'さん'];
  const names = corpus.people.filter((p) => p.reading).map((p) => p.name);
  const english = corpus.people.flatMap((p) => (p.nameEn ? [p.nameEn] : []));
  const terms = corpus.terms.flatMap((t) => [t.label, ...t.aliases.filter((a) => a.length > 3)]);
  const mention = () => {
    const r = rand();
    if (r < 0.45) return pick(names) + pick(titles);
    if (r < 0.55 && english.length) return pick(english);
    return pick(terms);
  };
  const text = () => (rand() < mentionRate ? mention() : pick(pieces));
  const inline = (t: string) => {
    const r = rand();
    if (r < 0.25) return `<a href="#a${Math.floor(rand() * 1e6)}">${escape(t)}</a>`;
    if (r < 0.4) return `<b>${escape(t)}</b>`;
    if (r < 0.5) return `<em>${escape(t)}</em>`;
    if (r < 0.7) return `<span class="kw">${escape(t)}</span>`;
    return escape(t);
  };
  /** the inner HTML of one paragraph: 6–13 pieces, most of them inside inline elements */
  const paragraph = () => {
    const n = 6 + Math.floor(rand() * 8);
    let p = '';
    for (let i = 0; i < n; i++) p += inline(text());
    return p;
  };
  const list = (n: number) =>
    `<ul class="links">${Array.from({ length: n }, () => `<li><a href="#">${escape(text())}</a></li>`).join('')}</ul>\n`;
  const tags = (n: number) => Array.from({ length: n }, () => `<li><a href="#">${escape(pick(terms).slice(0, 8))}</a></li>`).join('');
  return { rand, text, inline, paragraph, list, tags };
}

export function newsPage(corpus: Corpus, options: NewsPageOptions = {}): NewsPage {
  const target = options.bytes ?? 1_000_000;
  const w = newsWriter(corpus, options.mentionRate);
  const head =
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>サイバー安全保障ニュース</title>' +
    '<style>body{font:16px/1.7 sans-serif;margin:0 auto;max-width:60em;padding:1em}.kw{color:#333}aside{font-size:13px}</style>' +
    (options.head ?? '') +
    '</head><body>\n' +
    `<header><h1>サイバー安全保障ニュース</h1>${w.list(12)}</header>\n<main>\n${options.top ?? ''}`;
  const tail = `</main>\n<footer>${w.list(30)}</footer>\n</body></html>\n`;
  const chunks: string[] = [head];
  let bytes = Buffer.byteLength(head + tail);
  let paragraphs = 0;
  let article = 0;
  while (bytes < target) {
    let a = `<article id="a${++article}"><h2>${escape(w.text())}</h2>\n<p class="lead">${w.inline(w.text())}${w.inline(w.text())}</p>\n`;
    const n = 8 + Math.floor(w.rand() * 10);
    for (let i = 0; i < n; i++) a += `<p>${w.paragraph()}</p>\n`;
    paragraphs += n + 1;
    a += `<footer class="meta"><time>2025年9月${1 + (article % 28)}日</time> <span>政治</span> <ul class="tags">${w.tags(10)}</ul></footer>`;
    a += `<aside>${w.list(6)}</aside></article>\n`;
    chunks.push(a);
    bytes += Buffer.byteLength(a);
  }
  chunks.push(tail);
  const html = chunks.join('');
  return { html, bytes: Buffer.byteLength(html), paragraphs };
}
