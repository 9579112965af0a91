/// <reference lib="webworker" />
import { contentWords } from '../../lib/search/analyze';
import type { FromAnalyzer, ToAnalyzer } from '../../lib/search/analyzer-protocol';
import { type JapaneseTokenizer, loadTokenizer } from '../../lib/search/tokenizer';

/**
 * kuromoji off the UI thread: building the tokenizer takes about a second and 200 MB, and tokenising must never
 * delay a keystroke. The dictionary is fetched from the extension's own /dict/ (copied there by scripts/copy-dict.ts);
 * nothing leaves the browser.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let tokenizer: Promise<JapaneseTokenizer> | null = null;

const reply = (message: FromAnalyzer) => scope.postMessage(message);

function load(): Promise<JapaneseTokenizer> {
  if (!tokenizer) {
    const started = performance.now();
    tokenizer = loadTokenizer('/dict/');
    tokenizer.then(
      () => reply({ type: 'ready', ms: Math.round(performance.now() - started) }),
      (error) => reply({ type: 'failed', message: String(error) }),
    );
  }
  return tokenizer;
}

scope.addEventListener('message', ({ data }: MessageEvent<ToAnalyzer>) => {
  const loading = load();
  if (data.type === 'load') return;
  // A failed load is reported once, by load() ('failed'), and the panel then answers every waiting request itself.
  loading.then(
    (t) => reply({ type: 'analysed', id: data.id, words: data.chunks.flatMap((chunk) => contentWords(t.tokenize(chunk))) }),
    () => undefined,
  );
});
