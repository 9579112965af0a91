import { describe, expect, it } from 'vitest';
import { offSitePatterns } from './off-site-patterns';

describe('offSitePatterns', () => {
  it('names every page when the global switch is off', () => {
    expect(offSitePatterns({ global: true, hosts: ['example.com'] })).toEqual(['<all_urls>']);
  });

  it('names each switched-off host under any scheme, and file pages for the empty host', () => {
    expect(offSitePatterns({ global: false, hosts: ['', 'news.example.co.jp', 'xn--eckwd4c7c.xn--zckzah', '192.168.0.1'] })).toEqual([
      'file:///*',
      '*://news.example.co.jp/*',
      '*://xn--eckwd4c7c.xn--zckzah/*',
      '*://192.168.0.1/*',
    ]);
  });

  it('leaves out hosts no match pattern can name', () => {
    expect(offSitePatterns({ global: false, hosts: ['[::1]', 'bad host', 'a..b', 'ok.example'] })).toEqual(['*://ok.example/*']);
  });

  it('names nothing when nothing is switched off', () => {
    expect(offSitePatterns({ global: false, hosts: [] })).toEqual([]);
  });
});
