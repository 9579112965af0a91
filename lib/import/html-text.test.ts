import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

const parse = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('HTML minutes to text', () => {
  it('keeps the minutes in reading order and drops navigation, scripts, styles, breadcrumbs, asides and footers', () => {
    const html = readFileSync(join(import.meta.dirname, '../../tests/e2e/fixtures/import/hq-041-2026-02-10.html'), 'utf8');
    const text = htmlToText(parse(html));
    expect(text.startsWith('サイバーセキュリティ戦略本部\n第41回会合 議事概要\n\n1 日時\n\n令和8年2月10日')).toBe(true);
    for (const gone of ['ホーム', 'dataLayer', 'font-family', '関連リンク', 'Copyright', 'ページの先頭へ'])
      expect(text).not.toContain(gone);
    // attendee table rows: one line each, name and role separated by a tab, no blank line between rows
    expect(text).toContain('松本 一郎\t本部長（内閣官房長官）\n村井 純\t慶應義塾大学教授\n');
    expect(text).toContain('○小川本部員\n\n製造業の制御システムでは');
  });

  it('keeps preformatted text line by line and turns <br> into line breaks', () => {
    expect(htmlToText(parse('<body><pre>○村井本部員\n  発言。</pre><p>一行目<br>二行目</p></body>'))).toBe(
      '○村井本部員\n発言。\n\n一行目\n二行目\n',
    );
  });
});
