import { ImportProblem } from './problems';

export type SourceKind = 'txt' | 'html' | 'pdf';

/**
 * The largest file accepted. Official minutes are 10–300 kB of text and PDFs of a few MB; a 50 MB file is refused
 * before it is read into memory, with a message that says so.
 */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function checkSize(file: string, size: number): void {
  if (size === 0) throw new ImportProblem({ code: 'empty', params: { file } });
  if (size > MAX_FILE_BYTES)
    throw new ImportProblem({
      code: 'too-large',
      params: { file, mb: (size / 1024 / 1024).toFixed(1), max: MAX_FILE_BYTES / 1024 / 1024 },
    });
}

/** By the bytes first (a PDF saved as .txt is still a PDF), then by the name's extension. */
export function detectKind(file: string, head: Uint8Array): SourceKind {
  const start = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  if (start.startsWith('%PDF-')) return 'pdf';
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (ext === 'pdf') return 'pdf';
  if (['html', 'htm', 'xhtml', 'shtml'].includes(ext)) return 'html';
  if (['txt', 'text', 'md', ''].includes(ext)) return /^\s*(?:<!doctype html|<html)/i.test(stripBom(start)) ? 'html' : 'txt';
  if (/^\s*(?:<!doctype html|<html)/i.test(stripBom(start))) return 'html';
  throw new ImportProblem({ code: 'unsupported', params: { file } });
}

function stripBom(s: string): string {
  return s.replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '');
}

/**
 * Bytes → text for text and HTML files: a byte order mark decides (UTF-8, UTF-16 LE/BE); otherwise UTF-16 without a
 * mark is recognised by its zero bytes, then strict UTF-8, then Shift_JIS (Windows-31J) and EUC-JP, each strict so a
 * wrong guess fails instead of producing mojibake. Nothing fits: an encoding problem, nothing imported.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string; encoding: string } {
  const tryDecode = (encoding: string, data: Uint8Array) => {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(data);
    } catch {
      return null;
    }
  };
  const b = bytes;
  const candidates: string[] = [];
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) candidates.push('utf-8');
  else if (b[0] === 0xff && b[1] === 0xfe) candidates.push('utf-16le');
  else if (b[0] === 0xfe && b[1] === 0xff) candidates.push('utf-16be');
  else {
    const sample = b.subarray(0, 4096);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++) {
      if (sample[i] !== 0) continue;
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
    const half = sample.length / 2;
    if (oddZeros > half * 0.2 && oddZeros > evenZeros * 4) candidates.push('utf-16le');
    else if (evenZeros > half * 0.2 && evenZeros > oddZeros * 4) candidates.push('utf-16be');
    candidates.push('utf-8', 'shift_jis', 'euc-jp');
  }
  for (const encoding of candidates) {
    const text = tryDecode(encoding, b);
    if (text !== null) return { text: text.replace(/^\uFEFF/, ''), encoding };
  }
  throw new ImportProblem({ code: 'encoding', params: { file } });
}
