import { describe, expect, it } from 'vitest';
import { frameHost, frameKey, matchChildFrame } from './match';

const A = 'https://ads.example/slot.html';
const B = 'https://video.example/embed/1';
const C = 'https://maps.example/embed';
const CLICK = 'https://ads.example/click';
const LANDING = 'https://landing.example/';
const PAGE = 'https://news.example/story';
const child = (frameId: number, url: string) => ({ frameId, url });

describe('matchChildFrame', () => {
  it('takes the child at the frame’s place in creation order, whatever the URLs show', () => {
    // a frame the page added later, first in document order but last created
    const children = [child(3, A), child(4, B), child(7, C)];
    expect(matchChildFrame(children, { index: 2, count: 3, url: C, nth: 0, urls: [C, A, B] })?.frameId).toBe(7);
    // one that navigated itself: the parent knows only its src
    const moved = [child(2, A), child(3, LANDING)];
    expect(matchChildFrame(moved, { index: 1, count: 2, url: CLICK, nth: 0, urls: [A, CLICK] })?.frameId).toBe(3);
    expect(matchChildFrame(children, { index: -1, count: 3, url: A, nth: 0, urls: [A] })).toBeUndefined();
  });

  it('gives a frame the page wrote into to it alone, not to its siblings still loading (their initial about:blank)', () => {
    // as the gate e2e test's page showed it: the written frame has the page's URL in the parent, about:blank in the
    // browser, beside a hidden, a 1×1 and an ad frame and a frame of another site whose src is still loading
    const children = [5, 6, 7, 8, 9].map((id) => child(id, 'about:blank')).concat(child(10, 'about:srcdoc'));
    const urls = [A, A, B, PAGE, A, 'about:srcdoc'];
    expect(matchChildFrame(children, { index: 3, count: 6, url: PAGE, nth: 0, urls })?.frameId).toBe(8);
  });

  it('when the browser lists another number of children: the nth child with the URL, only if as many have it', () => {
    const children = [child(9, A), child(4, A), child(6, A)];
    expect(matchChildFrame(children, { index: 1, count: 4, url: A, nth: 1, urls: [A, A, A, B] })?.frameId).toBe(6);
    expect(matchChildFrame(children, { index: 3, count: 5, url: A, nth: 2, urls: [A, B, A, A, C] })?.frameId).toBe(9);
    expect(matchChildFrame([child(2, `${A}#top`)], { index: 0, count: 2, url: A, nth: 0, urls: [A, B] })?.frameId).toBe(2);
  });

  it('answers none rather than every child that could be the one', () => {
    // a frame still loading shows about:blank beside the real about:blank one
    const blank = [child(4, 'about:blank'), child(6, 'about:blank')];
    expect(matchChildFrame(blank, { index: 1, count: 3, url: 'about:blank', nth: 0, urls: [A, 'about:blank', B] })).toBeUndefined();
    expect(matchChildFrame([child(4, A), child(6, A)], { index: 0, count: 3, url: A, nth: 0, urls: [A] })).toBeUndefined();
    // a frame that went elsewhere, while the counts disagree
    const moved = [child(2, A), child(3, LANDING)];
    expect(matchChildFrame(moved, { index: 1, count: 3, url: CLICK, nth: 0, urls: [A, CLICK, B] })).toBeUndefined();
    expect(matchChildFrame([], { index: 0, count: 1, url: B, nth: 0, urls: [B] })).toBeUndefined();
  });
});

describe('frameKey', () => {
  it('drops the fragment', () => {
    expect(frameKey(`${A}#x#y`)).toBe(A);
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
