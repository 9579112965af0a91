import type { Corpus } from '../corpus/types';
import { type CorpusAccess, createCorpusAccess } from './access';
import { MinutesDb } from './schema';

/** The extension's bundled corpus at `url` (an extension-package URL, so reading it is not a network request). */
export async function fetchCorpus(url: string): Promise<Corpus> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Corpus;
}

/**
 * What each extension context (service worker, popup, side panel) opens once: the database and an access that answers
 * from it when seeded and from the bundled corpus at `corpusUrl` until then.
 */
export function openCorpus(corpusUrl: string): { db: MinutesDb; access: CorpusAccess } {
  const db = new MinutesDb();
  return { db, access: createCorpusAccess(db, () => fetchCorpus(corpusUrl)) };
}
