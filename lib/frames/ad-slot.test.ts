import { describe, expect, it } from 'vitest';
import { isAdSlotSize } from './ad-slot';

describe('isAdSlotSize', () => {
  it('knows the leaderboard, the medium rectangle and the skyscraper, to the rounded pixel', () => {
    expect(isAdSlotSize(728, 90)).toBe(true);
    expect(isAdSlotSize(300.4, 249.6)).toBe(true);
    expect(isAdSlotSize(160, 600)).toBe(true);
  });

  it('leaves frames of any other size alone: a video embed, an article, a slot turned on its side', () => {
    expect(isAdSlotSize(560, 315)).toBe(false);
    expect(isAdSlotSize(660, 220)).toBe(false);
    expect(isAdSlotSize(90, 728)).toBe(false);
    expect(isAdSlotSize(301, 250)).toBe(false);
  });
});
