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

/**
 * Every remark's facet values as small integers, computed once per index: counting then increments typed arrays, and
 * only the values that occur get their string key and label (a broad query on 12,600 remarks counts 100,000 values).
 * The values of the remark at position d in `index.docs` are `ids[offsets[d]]` to `ids[offsets[d + 1] - 1]`.
 */
interface FacetTable {
  keys: string[];
  labels: string[];
  offsets: Int32Array;
  ids: Int32Array;
}
type FacetName = 'speakers' | 'meetings' | 'bodies' | 'sections' | 'terms' | 'modes';
const tables = new WeakMap<SearchIndex, Record<FacetName, FacetTable>>();

function facetTables(index: SearchIndex): Record<FacetName, FacetTable> {
  let t = tables.get(index);
  if (t) return t;
  const make = (values: (d: IndexedRemark) => [string, string][]): FacetTable => {
    const known = new Map<string, number>();
    const keys: string[] = [];
    const labels: string[] = [];
    const offsets = new Int32Array(index.docs.length + 1);
    const ids: number[] = [];
    index.docs.forEach((d, i) => {
      for (const [key, label] of values(d)) {
        let id = known.get(key);
        if (id === undefined) {
          id = keys.push(key) - 1;
          known.set(key, id);
          labels.push(label);
        }
        ids.push(id);
      }
      offsets[i + 1] = ids.length;
    });
    return { keys, labels, offsets, ids: Int32Array.from(ids) };
  };
  t = {
    speakers: make((d) => [[speakerKey(d.remark), d.speaker?.name ?? d.remark.speakerLabel]]),
    meetings: make((d) => [[d.meeting.id, `${d.meeting.body} ${d.meeting.number}`]]),
    bodies: make((d) => [[d.meeting.body, d.meeting.body]]),
    sections: make((d) => (d.remark.section ? [[d.remark.section, d.remark.section]] : [])),
    terms: make((d) =>
      (index.termIdsByRemark.get(d.remark.id) ?? []).map((id): [string, string] => [id, index.terms.get(id)?.label ?? id]),
    ),
    modes: make((d) => [d.remark.written ? ['written', 'written'] : ['spoken', 'spoken']]),
  };
  tables.set(index, t);
  return t;
}

function count(positions: ArrayLike<number>, table: FacetTable): FacetCount[] {
  const counts = new Uint32Array(table.keys.length);
  const { offsets, ids } = table;
  for (let i = 0; i < positions.length; i++) {
    const d = positions[i];
    for (let k = offsets[d]; k < offsets[d + 1]; k++) counts[ids[k]]++;
  }
  const out: FacetCount[] = [];
  counts.forEach((n, id) => n > 0 && out.push({ key: table.keys[id], label: table.labels[id], count: n }));
  return out;
}

const collator = new Intl.Collator('ja');
const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || collator.compare(a.label, b.label);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The most terms the term facet lists: a broad query touches hundreds. */
const MAX_TERMS = 40;

/**
 * Counts per filter value over the remarks matching the query (their positions in `index.docs`), each facet ignoring
 * its own filter.
 */
export function facetsOf(matched: readonly number[], f: SearchFilters, index: SearchIndex): Facets {
  const filtered = Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : !!v));
  const without = (name: FilterName) => (filtered ? matched.filter((d) => passes(index.docs[d], f, index, name)) : matched);
  const t = facetTables(index);
  const meetings = count(without('meetings'), t.meetings);
  const meetingOrder = (key: string) => index.meetings.get(key)?.date ?? '';
  return {
    speakers: count(without('speakers'), t.speakers).sort(byCount),
    meetings: meetings.sort((a, b) => cmp(meetingOrder(a.key), meetingOrder(b.key)) || cmp(a.key, b.key)),
    bodies: count(without('bodies'), t.bodies).sort(byCount),
    sections: count(without('sections'), t.sections).sort(byCount),
    terms: count(without('terms'), t.terms).sort(byCount).slice(0, MAX_TERMS),
    modes: count(without('mode'), t.modes).sort(byCount),
  };
}
