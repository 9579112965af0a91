import { describe, expect, it } from 'vitest';
import { personPage, remarkContext, termPage } from './reading';
import { searchIndex } from './testing/corpus';

const index = searchIndex();

describe('remarkContext', () => {
  it('gives the remark with the ones before and after it in the same meeting, and the meeting header', () => {
    const ctx = remarkContext(index, 'hq-036-r2', 1)!;
    expect(ctx.view.remark.id).toBe('hq-036-r2');
    expect(ctx.before.map((v) => v.remark.id)).toEqual(['hq-036-r1']);
    expect(ctx.after.map((v) => v.remark.id)).toEqual(['hq-036-r3']);
    expect(ctx.meeting.date).toBe('2023-07-04');
    expect(ctx.attendees.map((a) => [a.person?.name, a.absent])).toEqual([
      ['村井純', false],
      ['高市早苗', true],
    ]);
  });

  it('stops at the edges of a meeting', () => {
    const ctx = remarkContext(index, 'hq-001-r1', 2)!;
    expect(ctx.before).toEqual([]);
    expect(ctx.after.map((v) => v.remark.id)).toEqual(['hq-001-r2', 'hq-001-r3']);
  });

  it('returns null for an unknown remark', () => {
    expect(remarkContext(index, 'nope')).toBeNull();
  });
});

describe('personPage', () => {
  it('lists appearances oldest first with roles, remarks newest first, and counts per meeting', () => {
    const page = personPage(index, 'p-takaichi-sanae')!;
    expect(page.appearances.map((a) => [a.meeting.date, a.role, a.absent])).toEqual([
      ['2015-02-10', '総務大臣', false],
      ['2023-07-04', '経済安全保障担当大臣', true],
    ]);
    expect(page.remarks.map((v) => v.remark.id)).toEqual(['hq-036-r2', 'hq-001-r3']);
    expect(page.perMeeting.map((m) => [m.meeting.id, m.count])).toEqual([
      ['hq-001', 1],
      ['hq-036', 1],
    ]);
  });
});

describe('termPage', () => {
  it('lists the remarks using the term newest first, who used it and how often per meeting', () => {
    const page = termPage(index, 't-active-cyber-defense')!;
    expect(page.remarks.map((v) => v.remark.id)).toEqual(['hq-036-r1', 'hq-036-r2', 'hq-034-r2']);
    expect(page.perMeeting.map((m) => [m.meeting.id, m.count])).toEqual([
      ['hq-034', 1],
      ['hq-036', 2],
    ]);
    expect(page.speakers.map((s) => s.label).sort()).toEqual(['中谷和弘', '村井純', '高市早苗'].sort());
  });
});
