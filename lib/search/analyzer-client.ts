import type { FromAnalyzer, ToAnalyzer } from './analyzer-protocol';
import type { AnalyzedWord } from './types';

/** The part of a Worker the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ToAnalyzer): void;
  addEventListener(type: 'message', listener: (event: { data: FromAnalyzer }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}

export type AnalyzerState = 'idle' | 'loading' | 'ready' | 'failed';

export interface Analyzer {
  state(): AnalyzerState;
  /** starts loading the dictionary (idempotent); nothing loads until someone asks */
  load(): void;
  /** content words of the chunks, or null while the analyser is not ready (the caller matches plainly meanwhile) */
  analyse(chunks: readonly string[]): Promise<AnalyzedWord[] | null>;
  /**
   * The same at once, for an analyser that needs no worker (vocab-analysis.ts): the panel then searches while it
   * renders, and the results reach the screen in the frame after the query, not a few frames later.
   */
  analyseNow?: (chunks: readonly string[]) => AnalyzedWord[] | null;
  /** called on every state change; returns the unsubscribe function */
  subscribe(listener: (state: AnalyzerState) => void): () => void;
  /** how long the dictionary took to load in the worker, once ready */
  loadMs(): number | null;
}

/**
 * The side panel's handle on the kuromoji worker. The worker is created on the first `load()`, so a panel opened only
 * to read a remark never pays for the dictionary (18 MB download from the package, about 200 MB of heap).
 */
export function createAnalyzer(makeWorker: () => WorkerLike): Analyzer {
  let state: AnalyzerState = 'idle';
  let worker: WorkerLike | null = null;
  let ms: number | null = null;
  let nextId = 1;
  const pending = new Map<number, (words: AnalyzedWord[] | null) => void>();
  const listeners = new Set<(state: AnalyzerState) => void>();

  const setState = (next: AnalyzerState) => {
    state = next;
    if (next === 'failed') for (const [id, resolve] of pending) if (pending.delete(id)) resolve(null);
    for (const l of listeners) l(next);
  };

  return {
    state: () => state,
    loadMs: () => ms,
    load() {
      if (worker) return;
      try {
        worker = makeWorker();
      } catch {
        setState('failed');
        return;
      }
      worker.addEventListener('message', ({ data }) => {
        if (data.type === 'ready') {
          ms = data.ms;
          setState('ready');
        } else if (data.type === 'failed') setState('failed');
        else {
          pending.get(data.id)?.(data.words);
          pending.delete(data.id);
        }
      });
      worker.addEventListener('error', () => setState('failed'));
      setState('loading');
      worker.postMessage({ type: 'load' });
    },
    analyse(chunks) {
      if (state !== 'ready' || !worker) return Promise.resolve(null);
      if (chunks.length === 0) return Promise.resolve([]);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker!.postMessage({ type: 'analyse', id, chunks: [...chunks] });
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
