import type { Corpus, Meeting, Person, Remark, Term } from '../corpus/types';
import type { RemarkView } from '../corpus/views';
import { normalize } from '../text/normalize';
import { type EntityIndex, buildEntityIndex, termForms } from './entities';
import { type FuzzyVocabulary, buildFuzzyVocabulary } from './fuzzy';
import { countAll } from './match';
import { type TextIndex, type TextIndexParts, indexParts, textIndexFrom } from './text-index';
import type { IndexedRemark } from './types';

/** Everything search needs, built once from the corpus; remark texts are normalised here and never again per query. */
export interface SearchIndex {
  corpus: Corpus;
  /** meetings oldest first, remarks in the order spoken */
  docs: IndexedRemark[];
  byId: Map<string, IndexedRemark>;
  /** remark id → position in `docs` */
  position: Map<string, number>;
  meetings: Map<string, Meeting>;
  people: Map<string, Person>;
  terms: Map<string, Term>;
  termIdsByRemark: Map<string, string[]>;
  entities: EntityIndex;
  averageLength: number;
  /** the inverted index over `docs` (positions in `docs`) */
  text: TextIndex;
  /** positions in `docs` of each person's remarks */
  docsBySpeaker: Map<string, number[]>;
  /** built on first use: only a query with an unknown word needs it */
  fuzzy(): FuzzyVocabulary;
}

/**
 * `norms`: the remarks' normalised texts, in corpus order, when already computed (see normalizeInSlices); `parts`: the
 * inverted index's parts over the texts in `docs` order, when read back from storage (lib/search/stored-index.ts).
 */
export function buildSearchIndex(
  corpus: Corpus,
  norms: readonly string[] = corpus.remarks.map((r) => normalize(r.text)),
  parts?: TextIndexParts,
): SearchIndex {
  const meetings = new Map(corpus.meetings.map((m) => [m.id, m]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const docs: IndexedRemark[] = [];
  corpus.remarks.forEach((remark, i) => {
    const meeting = meetings.get(remark.meetingId);
    if (!meeting) return;
    const speaker = remark.speakerId ? (people.get(remark.speakerId) ?? null) : null;
    const role = speaker ? meeting.attendees.find((a) => a.personId === speaker.id)?.role : undefined;
    docs.push({ remark, meeting, speaker, role, norm: norms[i] });
  });
  // Plain code-unit order (ISO dates, ids): localeCompare would cost a microsecond for each of 180,000 comparisons.
  docs.sort((a, b) => cmp(a.meeting.date, b.meeting.date) || cmp(a.meeting.id, b.meeting.id) || a.remark.order - b.remark.order);

  const termIdsByRemark = new Map<string, string[]>();
  for (const t of corpus.terms) {
    for (const id of t.remarkIds) {
      const list = termIdsByRemark.get(id);
      if (list) list.push(t.id);
      else termIdsByRemark.set(id, [t.id]);
    }
  }

  const docsBySpeaker = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const id = d.remark.speakerId;
    if (!id) return;
    const list = docsBySpeaker.get(id);
    if (list) list.push(i);
    else docsBySpeaker.set(id, [i]);
  });
  const docNorms = docs.map((d) => d.norm);
  const text = textIndexFrom(docNorms, parts ?? indexParts(docNorms), countAll);

  let fuzzy: FuzzyVocabulary | null = null;
  return {
    text,
    docsBySpeaker,
    corpus,
    docs,
    byId: new Map(docs.map((d) => [d.remark.id, d])),
    position: new Map(docs.map((d, i) => [d.remark.id, i])),
    meetings,
    people,
    terms: new Map(corpus.terms.map((t) => [t.id, t])),
    termIdsByRemark,
    entities: buildEntityIndex(corpus.people, corpus.terms),
    averageLength: docs.reduce((sum, d) => sum + d.norm.length, 0) / Math.max(1, docs.length),
    fuzzy() {
      fuzzy ??= buildFuzzyVocabulary(
        // the corpus's words, from the index (each run is scanned for the script runs fuzzy lookup works on)
        text.words,
        corpus.terms.flatMap((t) => termForms(t).map(normalize)),
      );
      return fuzzy;
    },
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The normalised texts of all remarks, computed in slices of about `sliceMs` with a pause between them. Normalising
 * is most of the cost of building the index (about 0.7 s for a corpus ten times the bundled one); in slices, a panel
 * that is still indexing keeps answering keystrokes.
 */
export async function normalizeInSlices(
  remarks: readonly Remark[],
  sliceMs = 25,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<string[]> {
  const norms: string[] = [];
  let sliceStart = performance.now();
  for (const r of remarks) {
    norms.push(normalize(r.text));
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return norms;
}

export function remarkView(doc: IndexedRemark): RemarkView {
  return { remark: doc.remark, meeting: doc.meeting, speaker: doc.speaker, role: doc.role };
}

/** The key a remark's speaker is filtered and counted by: the person, or the label the minutes print when unnamed. */
export function speakerKey(remark: Remark): string {
  return remark.speakerId ?? `?${remark.speakerLabel}`;
}
