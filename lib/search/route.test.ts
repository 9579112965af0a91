import { describe, expect, it } from 'vitest';
import { HOME, type Route, formatRoute, parseRoute } from './route';

describe('routes', () => {
  it('reads remark, person and term permalinks', () => {
    expect(parseRoute('#/remark/hq-034-r1')).toEqual({ page: 'remark', id: 'hq-034-r1' });
    expect(parseRoute('#/person/p-murai-jun')).toEqual({ page: 'person', id: 'p-murai-jun' });
    expect(parseRoute('#/term/t-%E8%83%BD%E5%8B%95')).toEqual({ page: 'term', id: 't-能動' });
  });

  it('reads a search with its query, filters and sort', () => {
    expect(
      parseRoute(
        '#/search?q=%E4%B8%AD%E5%B0%8F%E4%BC%81%E6%A5%AD+%E5%AF%BE%E7%AD%96&speaker=p-a&speaker=p-b&from=2022-01-01&mode=written&sort=oldest',
      ),
    ).toEqual({
      page: 'search',
      query: '中小企業 対策',
      filters: { speakers: ['p-a', 'p-b'], from: '2022-01-01', mode: 'written' },
      sort: 'oldest',
    });
  });

  it('falls back to the empty search for anything it does not know, and drops malformed values', () => {
    expect(parseRoute('')).toEqual(HOME);
    expect(parseRoute('#/nowhere')).toEqual(HOME);
    expect(parseRoute('#/search?from=yesterday&mode=sung&sort=random')).toEqual(HOME);
  });

  it('writes routes that read back the same', () => {
    const routes: Route[] = [
      HOME,
      { page: 'remark', id: 'hq-036-r2' },
      { page: 'term', id: 't-能動的サイバー防御' },
      {
        page: 'search',
        query: '"パワー グリッド" & 村井?',
        filters: {
          meetings: ['hq-034'],
          bodies: ['サイバーセキュリティ戦略本部'],
          terms: ['t-x'],
          sections: ['討議'],
          to: '2023-12-31',
          mode: 'spoken',
        },
        sort: 'newest',
      },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
  });
});
