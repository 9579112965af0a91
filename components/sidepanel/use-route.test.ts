// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Route, formatRoute } from '../../lib/search/route';
import { useRoute } from './use-route';

const search = (query: string): Route => ({ page: 'search', query, filters: {}, sort: 'relevance' });

beforeEach(() => {
  // The address waits for typing to pause; these timers never run, as if the reload came within that pause.
  vi.useFakeTimers();
  sessionStorage.clear();
  history.replaceState(null, '', formatRoute(search('old')));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useRoute', () => {
  it('comes back to the query typed last when the panel is reloaded before its address is written', () => {
    const before = renderHook(useRoute);
    act(() => before.result.current[1](search('new'), { replace: true }));
    expect(location.hash).toBe(formatRoute(search('old')));
    before.unmount();
    expect(renderHook(useRoute).result.current[0]).toEqual(search('new'));
    expect(location.hash).toBe(formatRoute(search('new')));
  });

  it('forgets that query when another navigation lands before the reload, even on the same address', () => {
    const before = renderHook(useRoute);
    act(() => before.result.current[1](search('new'), { replace: true }));
    // The back button to an entry holding the address the query would have replaced.
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    before.unmount();
    expect(renderHook(useRoute).result.current[0]).toEqual(search('old'));
  });
});
