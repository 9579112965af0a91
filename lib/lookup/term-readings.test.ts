import { beforeAll, describe, expect, it } from 'vitest';
import { type Tokenizer, loadNodeTokenizer } from '../people/node-tokenizer';
import { termReading, withTermReadings } from './term-readings';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

describe('term readings', () => {
  it('reads a kanji term with a katakana loanword inside', () => {
    expect(termReading(tokenizer, '能動的サイバー防御')).toBe('ノウドウテキサイバーボウギョ');
  });

  it('reads a katakana term with middle dots as its katakana', () => {
    expect(termReading(tokenizer, 'セキュリティ・クリアランス')).toBe('セキュリティクリアランス');
  });

  it('gives no reading to labels with Latin letters', () => {
    expect(termReading(tokenizer, 'DDoS攻撃')).toBeUndefined();
    expect(termReading(tokenizer, 'NISC')).toBeUndefined();
  });

  it('keeps a reading the corpus already has', () => {
    const [t] = withTermReadings(tokenizer, [
      { id: 't', label: '能動的サイバー防御', aliases: [], remarkIds: [], reading: 'ノウドウテキ' },
    ]);
    expect(t.reading).toBe('ノウドウテキ');
  });
});
