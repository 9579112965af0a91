import type { ImportSource, Prepared } from './prepare';
import type { Problem } from './problems';

/** Messages between the side panel and the import worker (entrypoints/sidepanel/import.worker.ts). */
export type ToImportWorker =
  | { type: 'prepare'; id: number; source: ImportSource }
  /** start loading the dictionary now (a file is being chosen or read), so the parse does not wait for it */
  | { type: 'warm' };

export type FromImportWorker =
  { type: 'prepared'; id: number; prepared: Prepared; ms: number } | { type: 'problem'; id: number; problem: Problem };
