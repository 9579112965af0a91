import type { Meeting } from './types';
import known from './bodies.json';

/** A body whose meetings the minutes record (サイバーセキュリティ戦略本部, サイバーセキュリティ推進専門家会議, …). */
export interface Body {
  /** the name as the minutes print it (Meeting.body); also the entity id */
  id: string;
  name: string;
  aliases: string[];
  en?: string;
}

const KNOWN: Body[] = known.bodies.map((b) => ({ id: b.name, name: b.name, aliases: [...b.aliases], en: b.en }));

/** The known bodies plus every body the corpus has meetings of, each once, in the corpus's order of first meeting. */
export function bodiesOf(meetings: readonly Pick<Meeting, 'body'>[]): Body[] {
  const out = new Map<string, Body>(KNOWN.map((b) => [b.id, b]));
  for (const m of meetings) if (m.body && !out.has(m.body)) out.set(m.body, { id: m.body, name: m.body, aliases: [] });
  return [...out.values()];
}

export function bodyById(id: string, meetings: readonly Pick<Meeting, 'body'>[] = []): Body | undefined {
  return KNOWN.find((b) => b.id === id) ?? (meetings.some((m) => m.body === id) ? { id, name: id, aliases: [] } : undefined);
}
