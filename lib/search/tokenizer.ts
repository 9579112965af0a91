import kuromoji, { type IpadicFeatures, type Tokenizer } from '@sglkc/kuromoji';

export type JapaneseTokenizer = Tokenizer<IpadicFeatures>;

/**
 * Builds the kuromoji tokenizer from the dictionary at `dicPath`: a folder on disk in Node, a path on the extension's
 * origin in the browser ('/dict/'; an absolute chrome-extension:// URL fails to load there).
 */
export function loadTokenizer(dicPath: string): Promise<JapaneseTokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer)));
  });
}
