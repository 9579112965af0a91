import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Corpus, Remark } from '../../lib/corpus/types';
import { EXTENSION_DIR } from './harness';

/** Helpers shared by the content-script tests: what is highlighted, where, and what the popover should show. */

const corpus = JSON.parse(readFileSync(join(EXTENSION_DIR, 'corpus.json'), 'utf8')) as Corpus;

export interface Marked {
  person: string[];
  term: string[];
}

/** The text of every highlighted range, read from the page's own highlight registry (one per document). */
export function marked(target: Page | Frame): Promise<Marked> {
  return target.evaluate(() => {
    const read = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString());
    return { person: read('minutes-lens-person').sort(), term: read('minutes-lens-term').sort() };
  });
}

export function sorted(m: Marked): Marked {
  return { person: [...m.person].sort(), term: [...m.term].sort() };
}

/** Centre of the first line box of the `index`-th highlighted range whose text is `text`. */
export async function pointOf(page: Page, text: string, index = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([wanted, nth]) => {
      const ranges: Range[] = [];
      for (const name of ['minutes-lens-person', 'minutes-lens-term']) {
        for (const range of CSS.highlights.get(name) ?? []) if ((range as Range).toString() === wanted) ranges.push(range as Range);
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const rect = ranges[nth]?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [text, index] as const,
  );
  if (!point) throw new Error(`no highlighted "${text}" (#${index})`);
  return point;
}

/** Display names (person name or term label) to the ids the popover should show cards for. */
export function idsOf(names: string[]): string[] {
  return names.map((name) => {
    const found = corpus.people.find((p) => p.name === name) ?? corpus.terms.find((t) => t.label === name);
    if (!found) throw new Error(`${name} is not in the corpus`);
    return found.id;
  });
}

/** The remarks the popover lists for an entity: newest meeting first, in speaking order, at most five. */
export function expectedRemarkIds(name: string): string[] {
  const person = corpus.people.find((p) => p.name === name);
  const term = corpus.terms.find((t) => t.label === name);
  const remarks: Remark[] = person
    ? corpus.remarks.filter((r) => r.speakerId === person.id)
    : corpus.remarks.filter((r) => term?.remarkIds.includes(r.id));
  const meeting = (r: Remark) => corpus.meetings.find((m) => m.id === r.meetingId)!;
  return remarks
    .sort((a, b) => meeting(b).date.localeCompare(meeting(a).date) || a.meetingId.localeCompare(b.meetingId) || a.order - b.order)
    .slice(0, 5)
    .map((r) => r.id);
}
