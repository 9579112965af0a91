import { describe, expect, it } from 'vitest';
import { extractPdfText, type PdfJs } from './pdf-extract';
import { type PdfTextItem, pagesToText } from './pdf-layout';

const at = (str: string, x: number, y: number, size = 10): PdfTextItem => ({ str, x, y, width: str.length * size, size });

describe('PDF text layout', () => {
  it('orders runs into lines by position, with a tab for a wide gap, whatever order they come in', () => {
    const items = [
      at('本部長（内閣官房長官）', 200, 700),
      at('松本 一郎', 50, 700),
      at('村井 純', 50, 685),
      at('慶應義塾大学教授', 200, 685),
    ];
    expect(pagesToText([{ width: 595, height: 842, items }])).toBe('松本 一郎\t本部長（内閣官房長官）\n村井 純\t慶應義塾大学教授\n');
  });

  it('joins a line wrapped at the margin with the next, but not before a new speaker, and drops page numbers', () => {
    const items = [
      at('○石田本部員', 50, 700),
      at('海底ケーブルや衛星通信など、通信基盤の冗長性を確保することが、国全体の', 50, 670),
      at('レジリエンスにとって欠かせない。', 50, 655),
      at('○小川本部員', 50, 625),
      at('- 3 -', 290, 40),
    ];
    expect(pagesToText([{ width: 595, height: 842, items }])).toBe(
      '○石田本部員\n\n海底ケーブルや衛星通信など、通信基盤の冗長性を確保することが、国全体のレジリエンスにとって欠かせない。\n\n○小川本部員\n',
    );
  });

  it('reads a two-column page left column first', () => {
    const left = [0, 1, 2, 3, 4, 5].map((i) => at(`左${i}の文章です。`, 40, 700 - i * 15));
    const right = [0, 1, 2, 3, 4, 5].map((i) => at(`右${i}の文章です。`, 320, 700 - i * 15));
    const text = pagesToText([{ width: 595, height: 842, items: [...right, ...left] }]);
    expect(text.indexOf('左5')).toBeLessThan(text.indexOf('右0'));
    expect(text.split('\n').filter(Boolean)).toHaveLength(12);
  });
});

describe('PDF problems', () => {
  const fakePdf = (outcome: { error?: { name: string; message: string }; pages?: string[][] }): PdfJs => ({
    getDocument: () => ({
      destroy: async () => undefined,
      promise: outcome.error
        ? Promise.reject(Object.assign(new Error(outcome.error.message), { name: outcome.error.name }))
        : Promise.resolve({
            numPages: outcome.pages!.length,
            destroy: async () => undefined,
            getPage: async (n: number) => ({
              getViewport: () => ({ width: 595, height: 842 }),
              getTextContent: async () => ({
                items: outcome.pages![n - 1].map((str, i) => ({
                  str,
                  transform: [10, 0, 0, 10, 50, 700 - i * 15],
                  width: 100,
                  height: 10,
                })),
              }),
              cleanup: () => undefined,
            }),
          }),
    }),
  });

  it('says a scanned PDF has no text, an encrypted one needs a password, a corrupt one cannot be read', async () => {
    const data = new Uint8Array(1);
    await expect(extractPdfText('scan.pdf', data, fakePdf({ pages: [[], [' ']] }))).rejects.toMatchObject({
      problem: { code: 'pdf-no-text' },
    });
    await expect(
      extractPdfText('lock.pdf', data, fakePdf({ error: { name: 'PasswordException', message: 'No password given' } })),
    ).rejects.toMatchObject({ problem: { code: 'pdf-encrypted' } });
    await expect(
      extractPdfText('bad.pdf', data, fakePdf({ error: { name: 'InvalidPDFException', message: 'Invalid PDF structure.' } })),
    ).rejects.toMatchObject({ problem: { code: 'pdf-corrupt' } });
    expect(await extractPdfText('ok.pdf', data, fakePdf({ pages: [['第1回会合'], ['以上']] }))).toEqual({
      text: '第1回会合\n\n以上\n',
      pages: 2,
    });
  });
});
