import type { Diagnostic } from './types';

/**
 * Bytes → text. Minutes must be UTF-8: anything else is reported (naming the file and the line of the first bad
 * byte) instead of being decoded by guesswork, so a Shift_JIS file never turns into mojibake in the corpus.
 */
export function decodeMinutes(file: string, bytes: Uint8Array): { text: string | null; diagnostics: Diagnostic[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const sjis = decodesAs('shift_jis', bytes);
    const message = sjis
      ? 'not UTF-8: the bytes look like Shift_JIS; convert the file to UTF-8 (e.g. iconv -f SHIFT_JIS -t UTF-8)'
      : 'not UTF-8: invalid byte sequence';
    return { text: null, diagnostics: [{ file, line, severity: 'error', message: `${message} (first bad byte at offset ${bad})` }] };
  }
}

function decodesAs(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}
