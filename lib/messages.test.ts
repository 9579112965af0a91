import { describe, expect, it, vi } from 'vitest';
import { type Handlers, createDispatcher, isBroadcast, isRequest } from './messages';
import { createAsk } from './messaging';

describe('the runtime guard on incoming messages', () => {
  it('accepts each request type with its fields', () => {
    expect(isRequest({ type: 'hello', host: 'example.org' })).toBe(true);
    expect(isRequest({ type: 'recognize', blocks: [['村井', '純'], []] })).toBe(true);
    expect(isRequest({ type: 'entity-details', refs: [{ kind: 'body', id: 'サイバーセキュリティ戦略本部' }] })).toBe(true);
    expect(isRequest({ type: 'set-switch', host: null, enabled: false })).toBe(true);
    expect(isRequest({ type: 'page-stats', people: 3, terms: 0 })).toBe(true);
    expect(isRequest({ type: 'corpus-changed' })).toBe(true);
    expect(
      isRequest({ type: 'load-gate', host: 'a', frame: { index: 0, count: 1, url: 'about:blank', nth: 0, urls: ['about:blank'] } }),
    ).toBe(true);
    expect(
      isRequest({ type: 'load-gate', host: 'a', frame: { frameId: 6442450945, index: -1, count: 0, url: 'https://b/', nth: 1, urls: [] } }),
    ).toBe(true);
  });

  it('drops unknown types, missing or mistyped fields and inherited names', () => {
    for (const message of [
      null,
      'hello',
      {},
      { type: 'toString' },
      { type: 'constructor' },
      { type: 'drop-tables' },
      { type: 'hello' },
      { type: 'hello', host: 42 },
      { type: 'recognize', blocks: 'text' },
      { type: 'recognize', blocks: [[1, 2]] },
      { type: 'entity-details', refs: [{ kind: 'meeting', id: 'x' }] },
      { type: 'entity-details', refs: Array.from({ length: 51 }, () => ({ kind: 'term', id: 't' })) },
      { type: 'page-stats', people: -1, terms: 0 },
      { type: 'page-stats', people: 1.5, terms: 0 },
      { type: 'set-switch', host: 'a', enabled: 'yes' },
      { type: 'open-sidepanel', route: 'x'.repeat(5000) },
      { type: 'load-gate', host: 'a' },
      { type: 'load-gate', host: 'a', frame: { frameId: -1, index: -1, count: 0, url: 'x', nth: 0, urls: [] } },
      { type: 'load-gate', host: 'a', frame: { index: 0, count: 1, url: 'x', nth: 0, urls: [1] } },
      { type: 'load-gate', host: 'a', frame: { url: 'x', nth: 0, urls: ['x'] } },
      { type: 'load-gate', host: 'a', frame: { index: -2, count: 1, url: 'x', nth: 0, urls: ['x'] } },
    ])
      expect(isRequest(message), JSON.stringify(message)).toBe(false);
  });

  it('tells broadcasts apart from requests', () => {
    expect(isBroadcast({ type: 'switches-changed' })).toBe(true);
    expect(isBroadcast({ type: 'corpus-changed' })).toBe(true);
    expect(isBroadcast({ type: 'hello', host: 'a' })).toBe(false);
    expect(isBroadcast(undefined)).toBe(false);
  });
});

describe('the dispatcher', () => {
  const handlers = (): Handlers<string> => ({
    hello: async ({ host }) => ({ enabled: host !== 'off.example' }),
    recognize: async ({ blocks }) => ({ blocks: blocks.map(() => []), refs: [] }),
    'load-gate': async () => true,
    'load-lens': async () => true,
    'load-popover': async () => true,
    'entity-details': async () => [],
    'page-stats': async () => undefined,
    'open-sidepanel': async () => undefined,
    'corpus-info': async (_request, context) => ({ version: context }),
    'switch-state': async () => ({ global: true, site: true }),
    'set-switch': async () => undefined,
    'corpus-changed': async () => undefined,
  });

  it('answers a valid request through its handler, with the context', async () => {
    const dispatch = createDispatcher(handlers());
    await expect(dispatch({ type: 'corpus-info' }, 'v1')).resolves.toEqual({ version: 'v1' });
    await expect(dispatch({ type: 'hello', host: 'off.example' }, '')).resolves.toEqual({ enabled: false });
  });

  it('leaves a malformed message unanswered and reports it', () => {
    const dropped = vi.fn();
    const dispatch = createDispatcher(handlers(), dropped);
    expect(dispatch({ type: 'hello' }, '')).toBeUndefined();
    expect(dropped).toHaveBeenCalledWith({ type: 'hello' });
  });

  it('makes a handler answering the wrong type a compile error', () => {
    const wrong: Handlers<string> = {
      ...handlers(),
      // @ts-expect-error: 'load-popover' answers a boolean, not a string (npm run typecheck fails without this line)
      'load-popover': async () => 'yes',
    };
    expect(Object.keys(wrong)).toHaveLength(12);
  });
});

describe('ask', () => {
  it('turns a send that throws at once (the extension reloaded under a content script) into a rejection', async () => {
    const ask = createAsk(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(ask({ type: 'corpus-info' })).rejects.toThrow('Extension context invalidated.');
  });

  it('resolves with the answer, typed by the request', async () => {
    const ask = createAsk(async () => ({ global: true, site: false }));
    const state = await ask({ type: 'switch-state', host: 'a' });
    expect(state.site).toBe(false);
  });
});
