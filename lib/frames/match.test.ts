import { describe, expect, it } from 'vitest';
import { frameHost, frameKey, matchChildFrames } from './match';

const A = 'https://ads.example/slot.html';
const B = 'https://video.example/embed/1';
const child = (frameId: number, url: string) => ({ frameId, url });

describe('matchChildFrames', () => {
  it('finds the one child with the URL the parent asked for', () => {
    const children = [child(3, A), child(4, B), child(5, 'about:blank')];
    expect(matchChildFrames(children, { url: B, nth: 0, urls: [A, B, 'about:blank'] })).toEqual([4]);
    expect(matchChildFrames(children, { url: 'about:blank', nth: 0, urls: [A, B, 'about:blank'] })).toEqual([5]);
  });

  it('tells same-URL siblings apart by their place, in frame id order', () => {
    const children = [child(9, A), child(4, A), child(6, A)];
    expect(matchChildFrames(children, { url: A, nth: 1, urls: [A, A, A] })).toEqual([6]);
    expect(matchChildFrames(children, { url: A, nth: 2, urls: [A, B, A, A] })).toEqual([9]);
  });

  it('takes every child with that URL when the counts disagree', () => {
    const children = [child(4, A), child(6, A)];
    expect(matchChildFrames(children, { url: A, nth: 0, urls: [A, A, A] })).toEqual([4, 6]);
    expect(matchChildFrames(children, { url: A, nth: 0, urls: [A] })).toEqual([4, 6]);
  });

  it('ignores fragments', () => {
    expect(matchChildFrames([child(2, `${A}#top`)], { url: A, nth: 0, urls: [A] })).toEqual([2]);
    expect(frameKey(`${A}#x#y`)).toBe(A);
  });

  it('for a frame that went elsewhere, takes every child whose URL none of the parent frames has', () => {
    const children = [child(2, A), child(3, 'https://landing.example/'), child(4, 'https://other.example/')];
    expect(matchChildFrames(children, { url: 'https://ads.example/click', nth: 0, urls: [A, 'https://ads.example/click'] })).toEqual([
      3, 4,
    ]);
    expect(matchChildFrames([child(2, A)], { url: B, nth: 0, urls: [A, B] })).toEqual([]);
    expect(matchChildFrames([], { url: B, nth: 0, urls: [B] })).toEqual([]);
  });
});

describe('frameHost', () => {
  it("is the URL's host for http(s), the parent's for frames without a host of their own", () => {
    expect(frameHost('https://news.example:8080/a?b', 'top.example')).toBe('news.example');
    for (const url of ['about:blank', 'about:srcdoc', 'data:text/html,x', 'blob:https://a.example/1', 'not a url']) {
      expect(frameHost(url, 'top.example')).toBe('top.example');
    }
  });
});
