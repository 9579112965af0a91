import { writeFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

/**
 * Prints minutes text into a PDF at `path` with Chromium's own print path (A4, a page number in the footer): real
 * fonts, a real text layer. Used by the import tests and the import benchmark (bench/import-timing.ts); returns the
 * number of pages.
 */
export async function printPdf(context: BrowserContext, text: string, path: string): Promise<number> {
  const page = await context.newPage();
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><style>body{margin:0} pre{font:11pt/1.6 "Noto Sans CJK JP",sans-serif;white-space:pre-wrap}</style><pre>${escaped}</pre>`,
  );
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
  });
  writeFileSync(path, pdf);
  await page.close();
  // every page object of Chromium's PDF says /Type /Page (the page tree says /Type /Pages)
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/**
 * Minutes for timing imports, grown from a short minutes fixture (tests/e2e/fixtures/import/hq-042-2026-05-20.txt) by
 * adding numbered turns of its two members: `text40k`, meeting 43, 40 kB of UTF-8 as a text file; `long`, meeting 44,
 * 215 turns, which Chromium prints on 30 or more A4 pages.
 */
export function timingMinutes(base: string): { text40k: string; long: string } {
  const [head, tail] = base.split('○石田本部員');
  const turn = (i: number) =>
    `○${i % 2 ? '石田本部員' : '小川本部員'}\n\n` +
    `第${i}の論点として、通信基盤の冗長性と制御システムの点検について申し上げる。平時から事業者と政府が共同で訓練を行い、障害時の連絡体制を確認しておくべきである。中小の部品メーカーにも分かりやすい手引きを作成し、地域の拠点で演習を重ねることが重要である。\n\n`;
  let text40k = head.replace('第42回', '第43回').replace('令和8年5月20日', '令和8年6月20日');
  for (let i = 1; new TextEncoder().encode(text40k).length < 40_000; i++) text40k += turn(i);
  text40k += '○石田本部員' + tail;
  let long = head.replace('第42回', '第44回').replace('令和8年5月20日', '令和8年7月20日');
  for (let i = 1; i <= 215; i++) long += turn(i);
  long += '○石田本部員' + tail;
  return { text40k, long };
}
