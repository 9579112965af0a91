import { describe, expect, it } from 'vitest';
import type { Meeting } from '../corpus/types';
import { chartRows } from './chart-rows';

const meeting = (id: string, date: string) => ({ id, date }) as Meeting;

describe('chartRows', () => {
  it('draws one row per meeting when they fit', () => {
    const rows = chartRows([
      { meeting: meeting('a', '2022-01-01'), count: 2 },
      { meeting: meeting('b', '2023-05-01'), count: 1 },
    ]);
    expect(rows.map((r) => [r.key, r.meeting?.id, r.count])).toEqual([
      ['a', 'a', 2],
      ['b', 'b', 1],
    ]);
  });

  it('counts per year when there are more meetings than rows', () => {
    const counts = ['2021-01-01', '2021-06-01', '2022-03-01', '2022-09-01', '2023-01-01'].map((d, i) => ({
      meeting: meeting(`m${i}`, d),
      count: i + 1,
    }));
    expect(chartRows(counts, 3).map((r) => [r.years, r.meetings, r.count])).toEqual([
      [[2021, 2021], 2, 3],
      [[2022, 2022], 2, 7],
      [[2023, 2023], 1, 5],
    ]);
  });

  it('counts per span of years, aligned to the span, when the years do not fit either', () => {
    const counts = Array.from({ length: 100 }, (_, i) => ({ meeting: meeting(`m${i}`, `${1926 + i}-04-01`), count: 1 }));
    const rows = chartRows(counts, 40);
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(rows[0].years).toEqual([1926, 1928]);
    expect(rows[1].years).toEqual([1929, 1931]);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(100);
  });
});
