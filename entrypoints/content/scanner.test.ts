// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { scanWithFixtureCorpus } from './fixture-scan';
import { MentionStore, type Painter } from './mention-store';

const painter: Painter = { paint: (m) => [m.range.startContainer as Text], unpaint: () => {}, clear: () => {} };

/** `n` paragraphs of about 30 characters; those for which `named(i)` holds mention 村井純. */
function page(n: number, named: (i: number) => boolean): void {
  document.body.innerHTML = Array.from({ length: n }, (_, i) =>
    named(i) ? `<p>第${i}段、村井純氏が次のように発言した。</p>` : `<p>第${i}段、この段落には特に何もない。</p>`,
  ).join('');
}

async function scan(): Promise<{ store: MentionStore; sent: string[] }> {
  const store = new MentionStore(painter);
  const sent: string[] = [];
  await scanWithFixtureCorpus(store, document.body, { onSend: (blocks) => sent.push(...blocks.map((b) => b.join(''))) });
  return { store, sent };
}

const plain = (sent: string[]) => sent.filter((text) => text.includes('特に何もない'));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the pre-filter in a scan', () => {
  it('turns away the blocks without a candidate on a page where few have one', async () => {
    page(3000, (i) => i % 5 === 0);
    const { store, sent } = await scan();
    expect(store.size).toBe(600);
    expect(sent).toHaveLength(600);
    expect(plain(sent)).toEqual([]);
  });

  it('stops testing once most of the text has passed, and finds the same mentions', async () => {
    page(3000, (i) => i % 5 !== 0);
    const { store, sent } = await scan();
    expect(store.size).toBe(2400);
    // the first 30,000 characters or so were tested: their plain blocks stayed; later ones went untested
    const turnedAway = Array.from({ length: 3000 }, (_, i) => i).filter(
      (i) => i % 5 === 0 && !sent.some((t) => t.startsWith(`第${i}段、`)),
    );
    expect(turnedAway.length).toBeGreaterThan(100);
    expect(turnedAway.at(-1)!).toBeLessThan(1500);
    expect(plain(sent).length).toBeGreaterThan(250);
  });
});
