import type { ImportSource, Prepared } from './prepare';
import type { Problem } from './problems';

/** Messages between the side panel and the import worker (entrypoints/sidepanel/import.worker.ts). */
export type ToImportWorker = { type: 'prepare'; id: number; source: ImportSource };

export type FromImportWorker =
  { type: 'prepared'; id: number; prepared: Prepared; ms: number } | { type: 'problem'; id: number; problem: Problem };
