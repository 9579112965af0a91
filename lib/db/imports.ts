import type { Corpus, Meeting, Person, Term } from '../corpus/types';
import { containsForm, matchForm, matchText } from '../terms/match';
import { type ImportRow, type ImportSummary, type ImportedCorpus, importId } from './import-rows';
import { lookupKey, personKeys, termKeys } from './keys';
import {
  CORPUS_TABLES,
  type AppearanceRow,
  type CorpusMeta,
  type MentionRow,
  type MinutesDb,
  type PersonRow,
  type RemarkRow,
  type TermRow,
} from './schema';
import { DEFAULT_BATCH_SIZE, writeBundled } from './write-corpus';

/**
 * Imported minutes: user data in the `imports` table, merged into the corpus tables so every surface (popup, side
 * panel, background) reads bundled and imported minutes alike from one place.
 *
 * The corpus tables are always "the bundled corpus, then every import merged in, oldest first". Importing merges one
 * file into the tables as they are, in the same transaction that stores its row, so it is atomic: a failure or a
 * browser closed mid-way leaves nothing of it. Deleting, replacing and seeding rewrite the tables from the bundled
 * corpus and the remaining imports in one transaction, which is simpler to get right than undoing a merge and costs
 * a seed (0.1–0.2 s).
 *
 * Merging: a person whose full name is already known is that person (their role at the new meeting is added through
 * the meeting's attendees); others are added with the readings the import computed, under an id that does not clash.
 * A term already known (by any of its names) gains the new remarks that mention it (lib/terms matching); terms the
 * import found that are not known yet are added.
 */

export class ImportConflictError extends Error {
  constructor(
    readonly meetingId: string,
    /** 'import': an earlier import holds these minutes (offer to replace); 'bundled': they are part of the bundled corpus */
    readonly holder: 'import' | 'bundled',
    readonly existing?: ImportSummary,
  ) {
    super(holder === 'bundled' ? `meeting ${meetingId} is already in the bundled corpus` : `meeting ${meetingId} was already imported`);
    this.name = 'ImportConflictError';
  }
}

export class NotSeededError extends Error {
  constructor() {
    super('the database is still being seeded; try again in a moment');
    this.name = 'NotSeededError';
  }
}

/** The cache key of everything built from the corpus tables: the bundled version plus a stamp of the imports. */
export async function corpusRevision(db: MinutesDb): Promise<string> {
  const meta = await db.meta.get('corpus');
  return meta ? (meta.revision ?? meta.version) : '';
}

/** The revision, or null while the tables hold no complete corpus (first start, a seed under way). */
export async function readyRevision(db: MinutesDb): Promise<string | null> {
  const meta = await db.meta.get('corpus');
  return meta?.state === 'ready' ? (meta.revision ?? meta.version) : null;
}

export function revisionOf(version: string, imports: readonly Pick<ImportRow, 'id' | 'importedAt'>[]): string {
  if (imports.length === 0) return version;
  const stamp = imports
    .map((i) => `${i.id}@${i.importedAt}`)
    .sort()
    .join('|');
  return `${version}+${imports.length}i-${fnv1a(stamp)}`;
}

export interface ApplyResult {
  merged: boolean;
  /** people of the import that were already known (import id → corpus id) */
  samePeople: number;
  newPeople: number;
  newTerms: number;
  /** remark ↔ term links added */
  links: number;
}

/**
 * Merges one import into the corpus tables. Call inside a transaction that covers the corpus tables. An import whose
 * meeting the corpus tables already hold (the bundled corpus gained it) is left out, not merged twice.
 */
async function applyImport(db: MinutesDb, row: ImportRow): Promise<ApplyResult> {
  const c = row.corpus;
  const result: ApplyResult = { merged: false, samePeople: 0, newPeople: 0, newTerms: 0, links: 0 };
  const meeting = c.meetings[0];
  if (!meeting || (await db.meetings.get(meeting.id))) return result;

  const personIds = new Map<string, string>();
  const newPeople: PersonRow[] = [];
  for (const p of c.people) {
    const same = (await db.people.where('keys').equals(lookupKey(p.name)).toArray()).find((x) => x.name === p.name);
    if (same) {
      personIds.set(p.id, same.id);
      result.samePeople++;
      continue;
    }
    let id = p.id;
    for (let n = 2; (await db.people.get(id)) || newPeople.some((x) => x.id === id); n++) id = `${p.id}-${n}`;
    personIds.set(p.id, id);
    const person: Person = { ...p, id };
    newPeople.push({ ...person, keys: personKeys(person) });
  }
  const pid = (id: string) => personIds.get(id) ?? id;

  const merged: Meeting = {
    ...meeting,
    attendees: meeting.attendees.map((a) => ({ ...a, personId: pid(a.personId) })),
    origin: { importId: row.id, file: row.file, kind: row.kind, importedAt: row.importedAt },
  };
  const remarks: RemarkRow[] = c.remarks
    .filter((r) => r.meetingId === meeting.id)
    .map((r) => ({ ...r, speakerId: r.speakerId === null ? null : pid(r.speakerId), date: meeting.date }));
  const appearances: AppearanceRow[] = dedupe(merged.attendees, (a) => a.personId).map((a) => ({
    personId: a.personId,
    meetingId: merged.id,
    date: merged.date,
    role: a.role,
    absent: a.absent,
    ...(a.group ? { group: a.group } : {}),
  }));

  // Terms: every known term is looked for in the new remarks; the import's own terms join a known one by name.
  const texts = remarks.map((r) => ({ id: r.id, text: matchText(r.text) }));
  const known = await db.terms.toArray();
  const changed = new Map<string, TermRow>();
  const mentions: MentionRow[] = [];
  const link = (t: TermRow, ids: readonly string[]) => {
    for (const id of ids) {
      if (t.remarkIds.includes(id)) continue;
      t.remarkIds = [...t.remarkIds, id];
      mentions.push({ termId: t.id, remarkId: id, date: merged.date });
      changed.set(t.id, t);
    }
  };
  for (const t of known) link(t, mentionsIn(t, texts));
  const remarkIds = new Set(remarks.map((r) => r.id));
  const byKey = new Map<string, TermRow>();
  for (const t of known) for (const k of t.keys) if (!byKey.has(k)) byKey.set(k, t);
  for (const t of c.terms) {
    const ids = t.remarkIds.filter((id) => remarkIds.has(id));
    if (ids.length === 0) continue;
    const same = termKeys(t)
      .map((k) => byKey.get(k))
      .find((x) => x !== undefined);
    if (same) {
      link(same, ids);
      continue;
    }
    let id = t.id;
    for (let n = 2; known.some((x) => x.id === id) || (await db.terms.get(id)); n++) id = `${t.id}-${n}`;
    const term: Term = { ...t, id, remarkIds: [] };
    const rowT: TermRow = { ...term, keys: termKeys(term) };
    known.push(rowT);
    for (const k of rowT.keys) if (!byKey.has(k)) byKey.set(k, rowT);
    result.newTerms++;
    link(rowT, ids);
  }

  await db.meetings.put(merged);
  if (newPeople.length) await db.people.bulkPut(newPeople);
  await db.remarks.bulkPut(remarks);
  await db.appearances.bulkPut(appearances);
  if (changed.size) await db.terms.bulkPut([...changed.values()]);
  if (mentions.length) await db.mentions.bulkPut(mentions);
  return { merged: true, samePeople: result.samePeople, newPeople: newPeople.length, newTerms: result.newTerms, links: mentions.length };
}

/** Merges every stored import, oldest first (inside the seeding transaction). */
export async function applyAllImports(db: MinutesDb): Promise<ImportRow[]> {
  const rows = await db.imports.orderBy('importedAt').toArray();
  for (const row of rows) await applyImport(db, row);
  return rows;
}

export interface ImportStore {
  list(): Promise<ImportSummary[]>;
  /** who already holds these minutes: an earlier import, the bundled corpus, or nobody */
  holder(meetingId: string): Promise<{ holder: 'import'; existing: ImportSummary } | { holder: 'bundled' } | null>;
  /**
   * Stores and merges one import in one transaction. Throws ImportConflictError when the minutes are already there
   * (unless `replace` and an earlier import holds them) and NotSeededError before the first seed has finished.
   */
  save(row: ImportRow, options?: { replace?: boolean }): Promise<ApplyResult>;
  /** deletes one import and everything merged from it, in one transaction */
  remove(id: string): Promise<void>;
  /** every import as JSON, to back up; `restore` reads it back */
  exportJson(): Promise<string>;
  /** imports from an export; minutes already present are skipped unless `replace` */
  restore(json: string, options?: { replace?: boolean }): Promise<{ restored: string[]; skipped: string[] }>;
}

const EXPORT_FORMAT = 'minutes-lens-imports';

/** `loadBundled` gives the bundled corpus, needed to rewrite the corpus tables on delete and replace. */
export function createImportStore(db: MinutesDb, loadBundled: () => Promise<Corpus>, batchSize = DEFAULT_BATCH_SIZE): ImportStore {
  const tables = [...CORPUS_TABLES, 'imports', 'meta'] as const;

  const summaries = async (rows: ImportRow[]): Promise<ImportSummary[]> => {
    const meetings = await db.meetings.bulkGet(rows.map((r) => r.meetingId));
    return rows.map((r, i) => summarize(r, meetings[i]?.origin?.importId === r.id));
  };

  /** Rewrites the corpus tables from the bundled corpus and the imports now stored; call inside a transaction. */
  const rewrite = async (bundled: Corpus, meta: CorpusMeta | undefined) => {
    await writeBundled(db, bundled, batchSize);
    const rows = await applyAllImports(db);
    const now = Date.now();
    const next: CorpusMeta = {
      key: 'corpus',
      version: bundled.version,
      state: 'ready',
      startedAt: meta?.startedAt ?? now,
      finishedAt: now,
      revision: revisionOf(bundled.version, rows),
    };
    if (bundled.dataDate) next.dataDate = bundled.dataDate;
    await db.meta.put(next);
  };

  const readyMeta = async () => {
    const meta = await db.meta.get('corpus');
    if (meta?.state !== 'ready') throw new NotSeededError();
    return meta;
  };

  const store: ImportStore = {
    async list() {
      return summaries(await db.imports.orderBy('importedAt').reverse().toArray());
    },
    async holder(meetingId) {
      const row = await db.imports.get(importId(meetingId));
      if (row) return { holder: 'import', existing: (await summaries([row]))[0] };
      const meeting = await db.meetings.get(meetingId);
      return meeting ? { holder: 'bundled' } : null;
    },
    async save(row, { replace = false } = {}) {
      checkRow(row);
      // Only a replace rewrites the tables, and a transaction cannot wait for a fetch: read the bundled corpus first.
      const bundled = replace ? await loadBundled() : undefined;
      return db.transaction('rw', tables, async () => {
        const meta = await readyMeta();
        const earlier = await db.imports.get(row.id);
        const inTables = await db.meetings.get(row.meetingId);
        if (inTables && !inTables.origin) throw new ImportConflictError(row.meetingId, 'bundled');
        if (earlier) {
          if (!replace)
            throw new ImportConflictError(row.meetingId, 'import', summarize(earlier, inTables?.origin?.importId === earlier.id));
          await db.imports.put(row);
          await rewrite(bundled!, meta);
          return await applyResultOf(row);
        }
        await db.imports.put(row);
        const result = await applyImport(db, row);
        await db.meta.put({ ...meta, revision: revisionOf(meta.version, await db.imports.toArray()) });
        return result;
      });
    },
    async remove(id) {
      const bundled = await loadBundled();
      await db.transaction('rw', tables, async () => {
        const meta = await readyMeta();
        if (!(await db.imports.get(id))) return;
        await db.imports.delete(id);
        await rewrite(bundled, meta);
      });
    },
    async exportJson() {
      const rows = await db.imports.orderBy('importedAt').toArray();
      return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), imports: rows }, null, 1);
    },
    async restore(json, { replace = false } = {}) {
      const rows = parseExport(json);
      const restored: string[] = [];
      const skipped: string[] = [];
      const bundled = await loadBundled();
      await db.transaction('rw', tables, async () => {
        const meta = await readyMeta();
        for (const row of rows) {
          const inTables = await db.meetings.get(row.meetingId);
          const earlier = await db.imports.get(row.id);
          if ((inTables && !inTables.origin) || (earlier && !replace)) {
            skipped.push(row.file);
            continue;
          }
          await db.imports.put(row);
          restored.push(row.file);
        }
        if (restored.length) await rewrite(bundled, meta);
      });
      return { restored, skipped };
    },
  };

  /** After a rewrite the merge has happened inside it; report what the merged import looks like now. */
  const applyResultOf = async (row: ImportRow): Promise<ApplyResult> => {
    const meeting = await db.meetings.get(row.meetingId);
    return { merged: meeting?.origin?.importId === row.id, samePeople: 0, newPeople: 0, newTerms: 0, links: 0 };
  };

  return store;
}

/** Reads an export (`exportJson`) back, refusing anything that is not one, before anything is written. */
function parseExport(json: string): ImportRow[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('not a Minutes Lens export: not JSON');
  }
  const d = data as { format?: unknown; imports?: unknown };
  if (!d || d.format !== EXPORT_FORMAT || !Array.isArray(d.imports)) throw new Error('not a Minutes Lens export of imported minutes');
  for (const row of d.imports as ImportRow[]) checkRow(row);
  return d.imports as ImportRow[];
}

/** Refuses a row that would leave dangling links or break the tables. */
function checkRow(row: ImportRow): void {
  const c = row?.corpus as ImportedCorpus | undefined;
  if (!row || typeof row.id !== 'string' || typeof row.meetingId !== 'string' || row.id !== importId(row.meetingId))
    throw new Error('import row without a valid id');
  if (!c || !Array.isArray(c.meetings) || c.meetings.length !== 1 || c.meetings[0].id !== row.meetingId)
    throw new Error(`import ${row.id}: not one meeting`);
  for (const key of ['people', 'remarks', 'terms'] as const)
    if (!Array.isArray(c[key])) throw new Error(`import ${row.id}: ${key} is not an array`);
  if (typeof row.importedAt !== 'number' || typeof row.file !== 'string') throw new Error(`import ${row.id}: no file name or date`);
  const people = new Set(c.people.map((p) => p.id));
  for (const r of c.remarks) {
    if (typeof r.id !== 'string' || r.meetingId !== row.meetingId) throw new Error(`import ${row.id}: remark ${r.id} of another meeting`);
    if (r.speakerId !== null && !people.has(r.speakerId)) throw new Error(`import ${row.id}: remark ${r.id} has an unknown speaker`);
  }
  for (const a of c.meetings[0].attendees ?? [])
    if (!people.has(a.personId)) throw new Error(`import ${row.id}: unknown attendee ${a.personId}`);
}

function summarize(row: ImportRow, merged: boolean): ImportSummary {
  const m = row.corpus.meetings[0];
  return {
    id: row.id,
    meetingId: row.meetingId,
    file: row.file,
    kind: row.kind,
    size: row.size,
    importedAt: row.importedAt,
    status: row.status,
    body: m.body,
    number: m.number,
    date: m.date,
    remarks: row.corpus.remarks.length,
    people: row.corpus.people.length,
    merged,
  };
}

function mentionsIn(t: Term, texts: readonly { id: string; text: string }[]): string[] {
  const forms = [...new Set([t.label, ...t.aliases, ...(t.en ? [t.en] : [])].map(matchForm))].filter(Boolean);
  return texts.filter(({ text }) => forms.some((f) => containsForm(text, f))).map(({ id }) => id);
}

function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined);
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
