import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Automaton, type AutomatonData, buildAutomaton } from './automaton';

function naive(patterns: string[], text: string): [number, number][] {
  const found: [number, number][] = [];
  for (let end = 1; end <= text.length; end++) {
    patterns.forEach((p, i) => {
      if (end >= p.length && text.slice(end - p.length, end) === p) found.push([end, i]);
    });
  }
  return found;
}

function run(patterns: string[], text: string): [number, number][] {
  const found: [number, number][] = [];
  new Automaton(buildAutomaton(patterns)).scan(text, (end, i) => found.push([end, i]));
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('Aho–Corasick automaton', () => {
  it('reports every pattern that ends at each position, including patterns inside patterns', () => {
    expect(run(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [4, 0],
      [4, 1],
      [6, 3],
    ]);
  });
  it('agrees with a naive search on random inputs', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '林', '森');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 8 }), fc.array(alphabet, { maxLength: 40 }), (patterns, chars) => {
        const text = chars.join('');
        expect(run(patterns, text)).toEqual(naive(patterns, text).sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      }),
    );
  });
  it('survives a JSON round trip', () => {
    const data = JSON.parse(JSON.stringify(buildAutomaton(['nisc', 'sc']))) as AutomatonData;
    const found: number[] = [];
    new Automaton(data).scan('a nisc', (_end, i) => found.push(i));
    expect(found).toEqual([0, 1]);
  });
  it('refuses duplicate patterns', () => {
    expect(() => buildAutomaton(['ab', 'ab'])).toThrow(/duplicate/);
  });
});
