// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildPrefilter } from '../../lib/recognize/prefilter';
import { ASK_FIRST_KEY, GATE_KEY, type GateHandle } from './gate-contract';
import { runContentScript } from './lifecycle';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const prefilter = buildPrefilter(['村井純', 'nisc']);
const global = globalThis as Record<string, unknown>;

/** The extension API as the content script sees it, counting every look at it. */
function fakeExtension(hello: { enabled: boolean }) {
  const touches: string[] = [];
  const sent: { type: string }[] = [];
  const api = {
    runtime: {
      id: 'minutes-lens-test',
      sendMessage: async (message: { type: string }) => {
        sent.push(message);
        return message.type === 'hello' ? hello : false;
      },
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    },
  };
  for (const name of ['browser', 'chrome']) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => {
        touches.push(name);
        return api;
      },
    });
  }
  return { touches, sent };
}

afterEach(() => {
  (global[GATE_KEY] as GateHandle | undefined)?.stop();
  global[ASK_FIRST_KEY] = undefined;
  for (const name of ['browser', 'chrome']) delete global[name];
  document.body.innerHTML = '';
});

describe('the content script on a page', () => {
  it('that mentions nothing never touches the extension API; a mention added later makes it ask', async () => {
    const { touches, sent } = fakeExtension({ enabled: false });
    document.body.innerHTML = `<article>${'<p>Slow-roasted tomatoes, basil and a good olive oil.</p>'.repeat(50)}</article>`;
    runContentScript(prefilter);
    await sleep(100);
    expect(touches).toEqual([]);
    expect(sent).toEqual([]);

    const p = document.createElement('p');
    p.textContent = '村井純氏が述べた';
    document.body.append(p);
    // the lens (which the background injects only into a switched-on site) is asked for beside the question
    await expect.poll(() => sent.map((m) => m.type).sort(), { timeout: 3000 }).toEqual(['hello', 'load-lens']);
    expect(sent.find((m) => m.type === 'hello')).toMatchObject({ type: 'hello', host: location.hostname });
  });

  it('with a candidate on a switched-off host asks once and sends none of the text of the page', async () => {
    const { sent } = fakeExtension({ enabled: false });
    document.body.innerHTML = '<p>NISC and the cabinet</p>';
    runContentScript(prefilter);
    await expect.poll(() => sent.length, { timeout: 3000 }).toBe(2);
    await sleep(200);
    expect(sent.map((m) => m.type).sort()).toEqual(['hello', 'load-lens']);
  });

  it('with a candidate on a switched-on host sends the candidate text to be recognised', async () => {
    const { sent } = fakeExtension({ enabled: true });
    document.body.innerHTML = '<p>NISC and the cabinet</p><p>Nothing else.</p>';
    runContentScript(prefilter);
    await expect
      .poll(() => sent.find((m) => m.type === 'recognize'), { timeout: 3000 })
      .toEqual({
        type: 'recognize',
        blocks: [['NISC and the cabinet']],
      });
  });

  it('stops watching the page when the browser refuses the lens on a switched-on host', async () => {
    const { sent } = fakeExtension({ enabled: true });
    const Observer = globalThis.MutationObserver;
    // the text watch (characterData), not the frames' watch, which stays on a switched-on host
    const watching = new Set<MutationObserver>();
    globalThis.MutationObserver = class extends Observer {
      override observe(target: Node, options?: MutationObserverInit) {
        if (options?.characterData) watching.add(this);
        super.observe(target, options);
      }
      override disconnect() {
        watching.delete(this);
        super.disconnect();
      }
    };
    try {
      document.body.innerHTML = '<p>NISC and the cabinet</p>';
      runContentScript(prefilter);
      // the fake background answers load-lens with false: nothing was injected
      await expect.poll(() => sent.some((m) => m.type === 'load-lens'), { timeout: 3000 }).toBe(true);
      await sleep(50);
      expect(watching.size).toBe(0);
    } finally {
      globalThis.MutationObserver = Observer;
    }
  });

  it('asks before reading when the background flagged patterns beyond the bundled ones', async () => {
    const { sent } = fakeExtension({ enabled: false });
    global[ASK_FIRST_KEY] = true;
    document.body.innerHTML = '<p>Nothing the bundled corpus knows.</p>';
    runContentScript(prefilter);
    await expect.poll(() => sent.map((m) => m.type), { timeout: 3000 }).toEqual(['hello']);
  });

  it('replaces an older copy of itself in the same isolated world', async () => {
    const { sent } = fakeExtension({ enabled: true });
    document.body.innerHTML = '<p>Nothing here.</p>';
    runContentScript(prefilter);
    const first = global[GATE_KEY];
    runContentScript(prefilter);
    expect(global[GATE_KEY]).not.toBe(first);
    await sleep(50);
    expect(sent).toEqual([]);
  });
});
