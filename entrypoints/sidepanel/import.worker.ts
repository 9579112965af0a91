/// <reference lib="webworker" />
import { prepareImport } from '../../lib/import/prepare';
import { problemOf } from '../../lib/import/problems';
import type { FromImportWorker, ToImportWorker } from '../../lib/import/protocol';
import { type JapaneseTokenizer, loadTokenizer } from '../../lib/search/tokenizer';

/**
 * Parsing imported minutes off the UI thread: the parser, readings and romaji of new people (kuromoji) and the terms
 * of the new remarks. The dictionary comes from the extension's own /dict/; the worker is ended by the panel when idle.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let tokenizer: Promise<JapaneseTokenizer> | null = null;

const reply = (message: FromImportWorker) => scope.postMessage(message);

const dictionary = () => (tokenizer ??= loadTokenizer('/dict/'));

async function onMessage({ data }: MessageEvent<ToImportWorker>): Promise<void> {
  if (data.type === 'warm') {
    // a failure is reported by the prepare that follows, which awaits the same promise
    void dictionary().catch(() => undefined);
    return;
  }
  const started = performance.now();
  try {
    const prepared = await prepareImport(data.source, await dictionary());
    reply({ type: 'prepared', id: data.id, prepared, ms: Math.round(performance.now() - started) });
  } catch (error) {
    reply({ type: 'problem', id: data.id, problem: problemOf(error) });
  }
}

scope.addEventListener('message', (event: MessageEvent<ToImportWorker>) => void onMessage(event));
