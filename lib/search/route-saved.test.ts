import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './route';

describe('the saved view’s route', () => {
  it('is #/saved, with the filter in q, and reads back the same', () => {
    expect(parseRoute('#/saved')).toEqual({ page: 'saved', query: '' });
    expect(parseRoute('#/saved?q=%E6%9D%91%E4%BA%95+2022')).toEqual({ page: 'saved', query: '村井 2022' });
    expect(formatRoute({ page: 'saved', query: '' })).toBe('#/saved');
    for (const query of ['', '村井 2022', 'a&b=c #x']) expect(parseRoute(formatRoute({ page: 'saved', query }))).toEqual({ page: 'saved', query });
  });
});
