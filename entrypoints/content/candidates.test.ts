// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type CandidateWatch, type FirstRead, watchForCandidates } from './candidates';
import { fixturePrefilter, scanWithFixtureCorpus } from './fixture-scan';
import { MentionStore, type Painter } from './mention-store';
import { type WalkStep, walkTextBlocks } from './text-blocks';

const painter: Painter = { paint: (m) => [m.range.startContainer as Text], unpaint: () => {}, clear: () => {} };

/** A page of `n` paragraphs, every third with a name in it, and an open shadow root after the first and the last. */
function page(n: number): void {
  document.body.innerHTML = Array.from({ length: n }, (_, i) =>
    i % 3 === 0 ? `<p>第${i}段、村井<b>純</b>氏が発言。</p>` : `<p>第${i}段、特になし。</p>`,
  ).join('');
  for (const at of [document.body.children[1], document.body.lastElementChild!]) {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>影の中の中谷元</p>';
    at.after(host);
  }
}

async function firstReading(): Promise<{ watch: CandidateWatch; batch: string[][] | undefined }> {
  const test = await fixturePrefilter();
  let watch!: CandidateWatch;
  const batch = await new Promise<string[][] | undefined>((resolve) => {
    watch = watchForCandidates(test, resolve);
  });
  return { watch, batch };
}

const data = (blocks: Text[][]) => blocks.map((block) => block.map((node) => node.data).join(''));

function drain(walk: Iterator<WalkStep>): Text[][] {
  const blocks: Text[][] = [];
  for (let next = walk.next(); !next.done; next = walk.next()) if (next.value) blocks.push(next.value);
  return blocks;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe("the content script's first reading, handed to the lens", () => {
  it('holds the first batch of candidates, and its walk reads on to the end of the page from where it stopped', async () => {
    page(1500);
    const { watch, batch } = await firstReading();
    const first = watch.firstRead()!;
    watch.stop();
    expect(first).toBeDefined();
    // a full batch (scanner.ts: 400 blocks), the blocks that were sent for recognition
    expect(first.blocks).toHaveLength(400);
    expect(first.segments).toBe(batch);
    expect(data(first.blocks)).toEqual(first.segments.map((s) => s.join('')));
    expect(first.shadowRoots).toHaveLength(1);

    const later: ShadowRoot[] = [];
    const rest = drain(first.rest((root) => later.push(root)));
    // the blocks read before and after the hand-over are exactly the page's blocks, each once, in order
    const everything = drain(walkTextBlocks(document, () => {}));
    const read = data(everything);
    const lastRead = read.indexOf(data([first.blocks.at(-1)!])[0]);
    expect(data(rest)).toEqual(read.slice(lastRead + 1));
    expect(later).toEqual([document.body.lastElementChild!.shadowRoot]);
  });

  it('is not offered once the page has changed since it began', async () => {
    page(30);
    const { watch } = await firstReading();
    expect(watch.firstRead()).toBeDefined();
    document.body.firstElementChild!.textContent = '書き換えられた段落';
    expect(watch.firstRead()).toBeUndefined();
    watch.stop();
  });

  it('lets the lens find the same mentions as a scan from the top, sending each block once', async () => {
    page(1500);
    const { watch } = await firstReading();
    const first = watch.firstRead()!;
    watch.stop();
    const resumed = await scan(first);
    // the lens read the handed walk to its end rather than walking the page again
    expect(first.rest(() => {}).next().done).toBe(true);
    const fresh = await scan(undefined);
    expect(resumed.mentions).toEqual(fresh.mentions);
    // every third paragraph names 村井純 (the shadow roots are scanned as roots of their own)
    expect(resumed.mentions).toHaveLength(500);
    expect(resumed.sent).toEqual(fresh.sent);
  });
});

/** One scan of the document as the lens runs it; what it marked and every block it sent, in order. */
async function scan(firstRead: FirstRead | undefined): Promise<{ mentions: string[]; sent: string[] }> {
  const store = new MentionStore(painter);
  const sent: string[] = [];
  await scanWithFixtureCorpus(store, document, { firstRead, onSend: (blocks) => sent.push(...blocks.map((b) => b.join(''))) });
  return { mentions: store.ordered().map((m) => m.range.toString()), sent };
}
