import type { Diagnostic } from './types';

/** "seeds/x.txt:12: warning: …", the usual compiler shape, so editors and terminals can jump to the line. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line !== undefined ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`;
}
