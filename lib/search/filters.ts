import { speakerKey } from './search-index';
import type { SearchIndex } from './search-index';
import type { FacetCount, Facets, IndexedRemark, SearchFilters } from './types';

type FilterName = 'meetings' | 'bodies' | 'dates' | 'speakers' | 'terms' | 'sections' | 'mode';

/**
 * Whether a remark passes the filters, ignoring one of them: a facet counts what choosing another value would give,
 * so the speaker list keeps every speaker of the current results even after one speaker is chosen.
 */
export function passes(doc: IndexedRemark, f: SearchFilters, index: SearchIndex, ignore?: FilterName): boolean {
  const r = doc.remark;
  if (ignore !== 'meetings' && f.meetings?.length && !f.meetings.includes(r.meetingId)) return false;
  if (ignore !== 'bodies' && f.bodies?.length && !f.bodies.includes(doc.meeting.body)) return false;
  if (ignore !== 'dates' && f.from && doc.meeting.date < f.from) return false;
  if (ignore !== 'dates' && f.to && doc.meeting.date > f.to) return false;
  if (ignore !== 'speakers' && f.speakers?.length && !f.speakers.includes(speakerKey(r))) return false;
  if (ignore !== 'sections' && f.sections?.length && !f.sections.includes(r.section)) return false;
  if (ignore !== 'mode' && f.mode && (f.mode === 'written') !== !!r.written) return false;
  if (ignore !== 'terms' && f.terms?.length) {
    const linked = index.termIdsByRemark.get(r.id) ?? [];
    if (!f.terms.some((t) => linked.includes(t))) return false;
  }
  return true;
}

function count(docs: Iterable<IndexedRemark>, keys: (d: IndexedRemark) => Iterable<[string, string]>): Map<string, FacetCount> {
  const out = new Map<string, FacetCount>();
  for (const d of docs) {
    for (const [key, label] of keys(d)) {
      const c = out.get(key);
      if (c) c.count++;
      else out.set(key, { key, label, count: 1 });
    }
  }
  return out;
}

const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.label.localeCompare(b.label, 'ja');

/** The most terms the term facet lists: a broad query touches hundreds. */
const MAX_TERMS = 40;

/** Counts per filter value over the remarks matching the query, each facet ignoring its own filter. */
export function facetsOf(matched: readonly IndexedRemark[], f: SearchFilters, index: SearchIndex): Facets {
  const without = (name: FilterName) => matched.filter((d) => passes(d, f, index, name));
  const meetings = count(without('meetings'), (d) => [[d.meeting.id, `${d.meeting.body} ${d.meeting.number}`]]);
  const meetingOrder = (key: string) => index.meetings.get(key)?.date ?? '';
  return {
    speakers: [...count(without('speakers'), (d) => [[speakerKey(d.remark), d.speaker?.name ?? d.remark.speakerLabel]]).values()].sort(byCount),
    meetings: [...meetings.values()].sort((a, b) => meetingOrder(a.key).localeCompare(meetingOrder(b.key)) || a.key.localeCompare(b.key)),
    bodies: [...count(without('bodies'), (d) => [[d.meeting.body, d.meeting.body]]).values()].sort(byCount),
    sections: [...count(without('sections'), (d) => (d.remark.section ? [[d.remark.section, d.remark.section]] : [])).values()].sort(byCount),
    terms: [
      ...count(without('terms'), (d) =>
        (index.termIdsByRemark.get(d.remark.id) ?? []).map((id): [string, string] => [id, index.terms.get(id)?.label ?? id]),
      ).values(),
    ]
      .sort(byCount)
      .slice(0, MAX_TERMS),
    modes: [...count(without('mode'), (d) => [d.remark.written ? ['written', 'written'] : ['spoken', 'spoken']]).values()].sort(byCount),
  };
}
