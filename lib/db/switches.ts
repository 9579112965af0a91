import type { MinutesDb } from './schema';

/**
 * The reader's highlighting switches: one global, one per site (host). Both default to on; a site is highlighted only
 * when both are on. Stored in the user tables, so a corpus update never resets them.
 */

const GLOBAL_KEY = 'highlight.global';

export interface SwitchState {
  global: boolean;
  /** the switch for the given host (true when never set) */
  site: boolean;
}

async function setGlobalEnabled(db: MinutesDb, enabled: boolean): Promise<void> {
  await db.settings.put({ key: GLOBAL_KEY, value: enabled });
}

async function setSiteEnabled(db: MinutesDb, host: string, enabled: boolean): Promise<void> {
  // Only exceptions are stored: turning a site back on removes its row, so the table lists the sites turned off.
  if (enabled) await db.siteSwitches.delete(hostKey(host));
  else await db.siteSwitches.put({ host: hostKey(host), enabled: false, updatedAt: Date.now() });
}

export interface SwitchBook {
  state(host: string): Promise<SwitchState>;
  isSiteEnabled(host: string): Promise<boolean>;
  setGlobalEnabled(enabled: boolean): Promise<void>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
}

/**
 * The switches as their one writer (the background) keeps them: read from the database once, then answered from
 * memory, because every page and frame asks at its start and an IndexedDB read there costs milliseconds on a busy
 * machine. Writes go to the database first, then the copy is read again.
 */
export function switchBook(db: MinutesDb): SwitchBook {
  let loaded: Promise<{ global: boolean; off: Set<string> }> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const [global, rows] = await Promise.all([db.settings.get(GLOBAL_KEY), db.siteSwitches.toArray()]);
      return { global: global?.value !== false, off: new Set(rows.filter((row) => row.enabled === false).map((row) => row.host)) };
    })().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
  const book: SwitchBook = {
    async state(host) {
      const { global, off } = await load();
      return { global, site: !off.has(hostKey(host)) };
    },
    async isSiteEnabled(host) {
      const s = await book.state(host);
      return s.global && s.site;
    },
    async setGlobalEnabled(enabled) {
      await setGlobalEnabled(db, enabled);
      loaded = undefined;
    },
    async setSiteEnabled(host, enabled) {
      await setSiteEnabled(db, host, enabled);
      loaded = undefined;
    },
  };
  return book;
}

/** Host names compare case-insensitively. */
function hostKey(host: string): string {
  return host.trim().toLowerCase();
}
