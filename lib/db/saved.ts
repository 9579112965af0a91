import type { Table } from 'dexie';
import type { RemarkView } from '../corpus/views';
import { remarkFields } from '../search/export';
import { normalize } from '../text/normalize';
import { citeRemarkIn } from './saved-citation';
import type { BookmarkRow, MinutesDb, NoteRow } from './schema';

/**
 * What the reader keeps: bookmarked remarks ("saved") and their notes, in the user tables `bookmarks` and `notes`
 * (schema version 1, unchanged). Seeding never touches these tables, so a corpus update keeps them; and because a
 * remark can still leave the corpus (an import deleted, a release that re-segments a meeting), every bookmark carries a
 * snapshot of the remark taken when it was saved — meeting, date, speaker, text and its citation in both UI languages —
 * so a saved remark that is gone is shown as such, with what was saved, rather than vanishing.
 *
 * Notes: several per remark, each with its own created and updated time. A researcher comes back to a remark with a new
 * question, and a dated note per visit keeps that history instead of overwriting one text; the `notes` table was
 * already shaped for it (auto-increment id, indexed remarkId). A note belongs to a saved remark: writing one saves the
 * remark, and removing the remark from the saved list removes its notes (the UI offers undo with `restoreSaved`).
 */

/** The remark as it was when saved (a non-indexed field of the bookmark row; no schema change). */
export interface RemarkSnapshot {
  meetingId: string;
  body: string;
  meetingNumber: number;
  meetingTitle: string;
  /** ISO date of the meeting */
  date: string;
  section: string;
  speakerId: string | null;
  /** the speaker's name, or the label the minutes print when unnamed */
  speaker: string;
  role: string;
  written: boolean;
  text: string;
  citation: { ja: string; en: string };
}

export interface SavedBookmark extends BookmarkRow {
  /** absent on bookmarks written before snapshots existed */
  snapshot?: RemarkSnapshot;
}

/** One saved remark with its notes (oldest first). */
export interface SavedEntry {
  remarkId: string;
  /** ms since the epoch */
  savedAt: number;
  snapshot?: RemarkSnapshot;
  notes: NoteRow[];
}

/** What `unsaveRemark` and `deleteNote` removed, so the UI can put it back exactly (same ids, same times). */
export interface Removed {
  bookmark?: SavedBookmark;
  notes: NoteRow[];
}

const bookmarks = (db: MinutesDb) => db.table<SavedBookmark, string>('bookmarks');
const notes = (db: MinutesDb): Table<NoteRow, number> => db.notes;

/** The remark as it stands now, in the shape of a snapshot (the export reads a remark still in the corpus this way). */
export function snapshotOf(view: RemarkView): RemarkSnapshot {
  const { meeting: meetingNumber, ...fields } = remarkFields(view);
  return {
    meetingId: view.meeting.id,
    meetingNumber,
    meetingTitle: view.meeting.title,
    speakerId: view.remark.speakerId,
    ...fields,
    citation: { ja: citeRemarkIn(view, 'ja'), en: citeRemarkIn(view, 'en') },
  };
}

/** Saves a remark. Saving one already saved refreshes its snapshot and keeps when it was first saved. */
export async function saveRemark(db: MinutesDb, view: RemarkView, now = Date.now()): Promise<void> {
  await db.transaction('rw', bookmarks(db), () => ensureSaved(db, view, now));
}

async function ensureSaved(db: MinutesDb, view: RemarkView, now: number): Promise<void> {
  const existing = await bookmarks(db).get(view.remark.id);
  await bookmarks(db).put({ remarkId: view.remark.id, createdAt: existing?.createdAt ?? now, snapshot: snapshotOf(view) });
}

/** Removes a remark from the saved list with its notes, in one transaction; returns what was removed. */
export async function unsaveRemark(db: MinutesDb, remarkId: string): Promise<Removed> {
  return db.transaction('rw', bookmarks(db), notes(db), async () => {
    const bookmark = await bookmarks(db).get(remarkId);
    const removedNotes = await notes(db).where('remarkId').equals(remarkId).toArray();
    await bookmarks(db).delete(remarkId);
    await notes(db).bulkDelete(removedNotes.map((n) => n.id!));
    return { ...(bookmark && { bookmark }), notes: removedNotes };
  });
}

/** Puts back what `unsaveRemark` or `deleteNote` removed. */
export async function restoreSaved(db: MinutesDb, removed: Removed): Promise<void> {
  await db.transaction('rw', bookmarks(db), notes(db), async () => {
    if (removed.bookmark) await bookmarks(db).put(removed.bookmark);
    if (removed.notes.length > 0) await notes(db).bulkPut(removed.notes);
  });
}

/** Ids of the saved remarks. */
export async function savedIds(db: MinutesDb): Promise<Set<string>> {
  return new Set(await bookmarks(db).toCollection().primaryKeys());
}

/** Adds a note (trimmed; an empty one is refused) and saves the remark if it was not. */
export async function addNote(db: MinutesDb, view: RemarkView, text: string, now = Date.now()): Promise<NoteRow> {
  const body = text.trim();
  if (!body) throw new Error('a note needs text');
  return db.transaction('rw', bookmarks(db), notes(db), async () => {
    if (!(await bookmarks(db).get(view.remark.id))) await ensureSaved(db, view, now);
    const row: NoteRow = { remarkId: view.remark.id, text: body, createdAt: now, updatedAt: now };
    row.id = await notes(db).add(row);
    return row;
  });
}

/**
 * Changes a note's text. Unchanged text changes nothing (a blur without an edit does not move the updated date); empty
 * text deletes the note. Returns the note as stored, or undefined when it no longer exists (deleted).
 */
export async function updateNote(db: MinutesDb, id: number, text: string, now = Date.now()): Promise<NoteRow | undefined> {
  const body = text.trim();
  return db.transaction('rw', notes(db), async () => {
    const note = await notes(db).get(id);
    if (!note) return undefined;
    if (!body) {
      await notes(db).delete(id);
      return undefined;
    }
    if (note.text === body) return note;
    const updated = { ...note, text: body, updatedAt: now };
    await notes(db).put(updated);
    return updated;
  });
}

export async function deleteNote(db: MinutesDb, id: number): Promise<Removed> {
  return db.transaction('rw', notes(db), async () => {
    const note = await notes(db).get(id);
    if (note) await notes(db).delete(id);
    return { notes: note ? [note] : [] };
  });
}

/** A remark's notes, oldest first. */
export async function notesOf(db: MinutesDb, remarkId: string): Promise<NoteRow[]> {
  const rows = await notes(db).where('remarkId').equals(remarkId).toArray();
  return rows.sort(byCreated);
}

/**
 * Every saved remark with its notes, the most recently saved first. Notes whose remark has no bookmark (written by an
 * older version or another tool) are listed too, as saved when their first note was written: nothing the reader wrote
 * is hidden.
 */
export async function listSaved(db: MinutesDb): Promise<SavedEntry[]> {
  return db.transaction('r', bookmarks(db), notes(db), async () => {
    const [marks, allNotes] = await Promise.all([bookmarks(db).toArray(), notes(db).toArray()]);
    const byRemark = new Map<string, NoteRow[]>();
    for (const n of allNotes.sort(byCreated)) {
      const list = byRemark.get(n.remarkId);
      if (list) list.push(n);
      else byRemark.set(n.remarkId, [n]);
    }
    const entries: SavedEntry[] = marks.map((b) => ({
      remarkId: b.remarkId,
      savedAt: b.createdAt,
      ...(b.snapshot && { snapshot: b.snapshot }),
      notes: byRemark.get(b.remarkId) ?? [],
    }));
    const marked = new Set(marks.map((b) => b.remarkId));
    for (const [remarkId, list] of byRemark) if (!marked.has(remarkId)) entries.push({ remarkId, savedAt: list[0].createdAt, notes: list });
    return entries.sort((a, b) => b.savedAt - a.savedAt || a.remarkId.localeCompare(b.remarkId));
  });
}

/** A saved entry with the remark as the corpus holds it now, or null when the corpus no longer holds it. */
export interface ResolvedSaved extends SavedEntry {
  view: RemarkView | null;
}

export function resolveSaved(entries: readonly SavedEntry[], lookup: (remarkId: string) => RemarkView | undefined): ResolvedSaved[] {
  return entries.map((e) => ({ ...e, view: lookup(e.remarkId) ?? null }));
}

/**
 * The saved remarks holding every word of `query` (split at spaces; compared after normalisation, so ＮＩＳＣ finds NISC
 * and full-width digits find dates) in the remark text, speaker, role, meeting, date, citation or notes.
 */
export function filterSaved<T extends ResolvedSaved>(entries: readonly T[], query: string): T[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const hay = normalize(searchableText(e));
    return words.every((w) => hay.includes(w));
  });
}

function searchableText(e: ResolvedSaved): string {
  const s = e.snapshot;
  const parts: string[] = [e.remarkId, ...e.notes.map((n) => n.text)];
  if (e.view) {
    const { remark, meeting, speaker, role } = e.view;
    parts.push(
      remark.text,
      remark.section,
      remark.speakerLabel,
      speaker?.name ?? '',
      speaker?.romaji ?? '',
      speaker?.nameEn ?? '',
      role ?? '',
    );
    parts.push(meeting.body, meeting.title, meeting.date);
  }
  if (s) parts.push(s.text, s.speaker, s.role, s.body, s.meetingTitle, s.date, s.section, s.citation.ja, s.citation.en);
  return parts.join('\n');
}

function byCreated(a: NoteRow, b: NoteRow): number {
  return a.createdAt - b.createdAt || (a.id ?? 0) - (b.id ?? 0);
}
