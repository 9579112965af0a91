// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type DirtyBatch, MutationWatcher } from './mutation-watcher';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function watch(isOwn: (node: Node) => boolean = () => false) {
  const batches: DirtyBatch[] = [];
  const watcher = new MutationWatcher(async (batch) => void batches.push(batch), isOwn);
  watcher.observe(document);
  return { batches, watcher };
}

describe('MutationWatcher', () => {
  it('reports the block whose text changed, not the whole page', async () => {
    document.body.innerHTML = '<div><p id="p">村井<b id="b">純</b></p><p>他</p></div>';
    const { batches, watcher } = watch();
    document.getElementById('b')!.firstChild!.textContent = '純氏';
    await sleep(150);
    watcher.disconnect();
    expect(batches.map((b) => b.rescan)).toEqual([[document.getElementById('p')]]);
  });

  it('reports an added block on its own and a removal as such', async () => {
    document.body.innerHTML = '<main id="m"><p id="old">高市首相</p></main>';
    const { batches, watcher } = watch();
    const added = document.createElement('article');
    added.innerHTML = '<p>NISC</p>';
    document.getElementById('m')!.append(added);
    document.getElementById('old')!.remove();
    await sleep(150);
    watcher.disconnect();
    expect(batches).toEqual([{ rescan: [added], removed: true }]);
  });

  it('ignores its own nodes and changes made quietly', async () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const { batches, watcher } = watch((node) => node instanceof Element && node.localName === 'minutes-lens-popover');
    document.documentElement.append(document.createElement('minutes-lens-popover'));
    watcher.quietly(() => document.getElementById('p')!.append(' more'));
    await sleep(150);
    watcher.disconnect();
    expect(batches).toEqual([]);
  });

  it('coalesces a page that never stops changing into a few rescans', async () => {
    document.body.innerHTML = '<p>時刻: <span id="clock">0</span></p>';
    const { batches, watcher } = watch();
    const clock = document.getElementById('clock')!;
    const started = Date.now();
    for (let tick = 0; Date.now() - started < 1000; tick++) {
      clock.textContent = String(tick);
      await sleep(5);
    }
    await sleep(300);
    watcher.disconnect();
    // One rescan per 250 ms at most (plus the first after 60 ms), whatever the rate of change.
    expect(batches.length).toBeGreaterThanOrEqual(1);
    expect(batches.length).toBeLessThanOrEqual(6);
  });
});
