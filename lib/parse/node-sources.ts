import { readFileSync } from 'node:fs';
import type { SourceFile } from './build-corpus';
import { decodeMinutes } from './decode';
import type { Diagnostic } from './types';

/** Node only: reads minutes files as bytes and decodes them strictly; unreadable files become diagnostics. */
export function readSources(
  paths: string[],
  displayName: (path: string) => string = (p) => p,
): { sources: SourceFile[]; diagnostics: Diagnostic[] } {
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const file = displayName(path);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      diagnostics.push({ file, severity: 'error', message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const decoded = decodeMinutes(file, bytes);
    diagnostics.push(...decoded.diagnostics);
    if (decoded.text !== null) sources.push({ file, text: decoded.text });
  }
  return { sources, diagnostics };
}
