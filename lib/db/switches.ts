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

export async function switchState(db: MinutesDb, host: string): Promise<SwitchState> {
  const [global, site] = await Promise.all([db.settings.get(GLOBAL_KEY), db.siteSwitches.get(hostKey(host))]);
  return { global: global?.value !== false, site: site?.enabled !== false };
}

export async function isSiteEnabled(db: MinutesDb, host: string): Promise<boolean> {
  const s = await switchState(db, host);
  return s.global && s.site;
}

export async function setGlobalEnabled(db: MinutesDb, enabled: boolean): Promise<void> {
  await db.settings.put({ key: GLOBAL_KEY, value: enabled });
}

export async function setSiteEnabled(db: MinutesDb, host: string, enabled: boolean): Promise<void> {
  // Only exceptions are stored: turning a site back on removes its row, so the table lists the sites turned off.
  if (enabled) await db.siteSwitches.delete(hostKey(host));
  else await db.siteSwitches.put({ host: hostKey(host), enabled: false, updatedAt: Date.now() });
}

/** Host names compare case-insensitively. */
function hostKey(host: string): string {
  return host.trim().toLowerCase();
}
