import { describe, expect, it } from 'vitest';
import { createImporter } from './importer';
import { type ImportProblem } from './problems';
import { checkSize, decodeText, detectKind } from './source';

const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as ImportProblem).problem;
  }
  return undefined;
};

describe('file kind and size', () => {
  it('knows a PDF by its bytes whatever its name, and HTML and text by name or content', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(detectKind('minutes.txt', bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(detectKind('gijigaiyou.HTM', bytes('<p>x'))).toBe('html');
    expect(detectKind('noname', bytes('\uFEFF<!DOCTYPE html><html>'))).toBe('html');
    expect(detectKind('minutes.txt', bytes('サイバーセキュリティ戦略本部'))).toBe('txt');
    expect(problem(() => detectKind('photo.jpg', bytes('\xff\xd8')))).toEqual({ code: 'unsupported', params: { file: 'photo.jpg' } });
  });

  it('refuses a 50 MB file before reading it, and an empty one', () => {
    expect(problem(() => checkSize('big.pdf', 50 * 1024 * 1024))).toEqual({
      code: 'too-large',
      params: { file: 'big.pdf', mb: '50.0', max: 20 },
    });
    expect(problem(() => checkSize('empty.txt', 0))?.code).toBe('empty');
  });

  it('never reads the bytes of a file that is too large', async () => {
    let read = false;
    const importer = createImporter({ prepare: async () => never(), pdfText: async () => never(), htmlText: () => '' });
    const file = { name: 'huge.txt', size: 50 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    await expect(importer.readFile(file)).rejects.toMatchObject({ problem: { code: 'too-large' } });
    expect(read).toBe(false);
  });
});

describe('decoding text files', () => {
  const text = '第40回会合 議事概要\n○村井本部員\n能動的サイバー防御。\n';
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeText('a', new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText('a', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).text).toBe(text);
  });

  it('reads UTF-16 little and big endian, with a mark or recognised by its zero bytes', () => {
    const le = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(decodeText('a', new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText('a', new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text, encoding: 'utf-16be' });
    const ascii = 'Minutes of the meeting, 2025\n';
    const leNoMark = new Uint8Array([...ascii].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeText('a', leNoMark)).toEqual({ text: ascii, encoding: 'utf-16le' });
  });

  it('reads Shift_JIS (本部 = 0x96 0x7b 0x95 0x94) instead of refusing it', () => {
    expect(decodeText('a', new Uint8Array([0x96, 0x7b, 0x95, 0x94, 0x0a]))).toEqual({ text: '本部\n', encoding: 'shift_jis' });
  });
});

function never(): never {
  throw new Error('not expected');
}
