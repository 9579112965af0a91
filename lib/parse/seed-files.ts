import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Node only: the bundled seed minutes, for tests and benchmarks. */
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

export const SEED_FILES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

export function readSeed(name: string): string {
  return readFileSync(SEEDS + name, 'utf8');
}
