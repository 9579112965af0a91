import type { Corpus } from '../corpus/types';
import type { EntityRef } from '../corpus/views';
import type { Recognized } from '../messages';
import { type LoadedRecognizer, decodeRecognizer, encodeRecognizer } from './binary';
import { compilePatterns } from './compile';

/** Where the service reads and keeps things; the background passes the database behind these. */
export interface RecognizerSource {
  /** the corpus revision in the database, or null when it holds no complete corpus (then `bundled` is used) */
  revision(): Promise<string | null>;
  rows(): Promise<Corpus>;
  bundled(): Promise<Corpus>;
  readCache(revision: string): Promise<ArrayBuffer | undefined>;
  /** replaces the cache with this revision's recognizer */
  writeCache(revision: string, data: ArrayBuffer): Promise<void>;
  log?(message: string): void;
}

export interface RecognizerService {
  get(): Promise<LoadedRecognizer>;
  /** the corpus changed: the next `get` reads the revision again and rebuilds or reloads */
  invalidate(): void;
  recognize(blocks: string[][]): Promise<Recognized>;
}

/**
 * One recognizer per browser, in the background: built from the database's corpus rows (or the bundled corpus until
 * the database is seeded), cached in its binary form by revision, loaded from that cache when the worker restarts.
 * Concurrent callers share one build.
 */
export function createRecognizerService(source: RecognizerSource): RecognizerService {
  let current: { key: string; loaded: Promise<LoadedRecognizer> } | undefined;
  let revision: Promise<string | null> | undefined;

  async function load(rev: string | null): Promise<LoadedRecognizer> {
    const started = performance.now();
    if (rev !== null) {
      const cached = await source.readCache(rev).catch(() => undefined);
      if (cached) {
        try {
          const loaded = decodeRecognizer(cached);
          source.log?.(
            `recognizer ${rev} loaded from the cache in ${(performance.now() - started).toFixed(0)} ms (${cached.byteLength} bytes)`,
          );
          return loaded;
        } catch {
          // an older format: rebuilt below
        }
      }
    }
    const corpus = rev === null ? await source.bundled() : await source.rows();
    const data = encodeRecognizer(compilePatterns(corpus));
    const loaded = decodeRecognizer(data);
    source.log?.(`recognizer ${rev ?? 'bundled'} built in ${(performance.now() - started).toFixed(0)} ms (${data.byteLength} bytes)`);
    if (rev !== null) await source.writeCache(rev, data).catch(() => undefined);
    return loaded;
  }

  const service: RecognizerService = {
    async get() {
      revision ??= source.revision().catch(() => null);
      const rev = await revision;
      const key = rev ?? '(bundled)';
      if (current?.key !== key) {
        const loaded = load(rev);
        current = { key, loaded };
        loaded.catch(() => {
          if (current?.loaded === loaded) current = undefined;
        });
      }
      return current.loaded;
    },
    invalidate() {
      revision = undefined;
    },
    async recognize(blocks) {
      const { recognizer } = await service.get();
      const refs: EntityRef[][] = [];
      const index = new Map<readonly EntityRef[], number>();
      const out = blocks.map((segments) => {
        const flat: number[] = [];
        for (const m of recognizer.findInSegments(segments)) {
          let i = index.get(m.refs);
          if (i === undefined) {
            i = refs.push([...m.refs]) - 1;
            index.set(m.refs, i);
          }
          flat.push(m.start.segment, m.start.offset, m.end.segment, m.end.offset, i, m.flags);
        }
        return flat;
      });
      return { blocks: out, refs };
    },
  };
  return service;
}
