import type { Meeting } from '../corpus/types';

/** A meeting and how many results (remarks, mentions) it holds. */
export interface MeetingCount {
  meeting: Meeting;
  count: number;
}

/** One bar of the per-meeting chart: a meeting, or, when there are too many meetings to draw, a span of years. */
export interface ChartRow {
  key: string;
  /** the meeting of a per-meeting row */
  meeting?: Meeting;
  /** the years a period row covers (first and last, equal for one year) */
  years?: [number, number];
  /** meetings the row counts */
  meetings: number;
  count: number;
}

/**
 * Rows the chart draws at most. Hundreds of meeting rows (a corpus of a few hundred meetings) cost the panel more to lay
 * out than the results themselves and push the results out of sight; per year, or per span of years, the chart still
 * shows at a glance when a subject came up.
 */
const MAX_CHART_ROWS = 40;

/** `counts` (oldest first) as chart rows: one per meeting when they fit, else one per year or span of years. */
export function chartRows(counts: readonly MeetingCount[], max = MAX_CHART_ROWS): ChartRow[] {
  if (counts.length <= max) return counts.map(({ meeting, count }) => ({ key: meeting.id, meeting, meetings: 1, count }));
  const yearOf = (c: MeetingCount) => Number(c.meeting.date.slice(0, 4));
  const first = Math.min(...counts.map(yearOf));
  const last = Math.max(...counts.map(yearOf));
  // Spans aligned to multiples of their length (2000–2004, 2005–2009), so a span reads as a period.
  const span = Math.max(1, Math.ceil((last - first + 1) / max));
  const rows = new Map<number, ChartRow>();
  for (const c of counts) {
    const start = Math.floor(yearOf(c) / span) * span;
    const row = rows.get(start);
    if (row) {
      row.meetings++;
      row.count += c.count;
    } else rows.set(start, { key: `y${start}`, years: [start, start + span - 1], meetings: 1, count: c.count });
  }
  return [...rows.values()].sort((a, b) => a.years![0] - b.years![0]);
}
