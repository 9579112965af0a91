// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../lib/corpus/types';
import { LangProvider } from '../i18n';
import { MeetingChart } from './MeetingChart';

afterEach(cleanup);

const meeting = (i: number, year: number): Meeting =>
  ({ id: `m${i}`, body: 'サイバーセキュリティ戦略本部', number: i, date: `${year}-04-0${1 + (i % 9)}` }) as Meeting;

describe('MeetingChart', () => {
  it('counts per year when there are too many meetings to draw, and a year narrows to its dates', () => {
    const counts = Array.from({ length: 60 }, (_, i) => ({ meeting: meeting(i, 2001 + Math.floor(i / 3)), count: 1 }));
    const onSelect = vi.fn();
    const onSelectDates = vi.fn();
    render(
      <LangProvider lang="en">
        <MeetingChart counts={counts} label="Results per meeting" onSelect={onSelect} onSelectDates={onSelectDates} />
      </LangProvider>,
    );
    const rows = screen.getAllByRole('button');
    expect(rows).toHaveLength(20);
    expect(rows[0].textContent).toBe('20013');
    fireEvent.click(rows[1]);
    expect(onSelectDates).toHaveBeenCalledWith('2002-01-01', '2002-12-31');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('draws one row per meeting when they fit, and a row narrows to its meeting', () => {
    const onSelect = vi.fn();
    render(
      <LangProvider lang="en">
        <MeetingChart counts={[{ meeting: meeting(1, 2023), count: 2 }]} label="Results per meeting" onSelect={onSelect} />
      </LangProvider>,
    );
    fireEvent.click(screen.getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith('m1');
  });
});
