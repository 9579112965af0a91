import type { OffSites } from './switches';

/** A host a match pattern can name exactly: letters, digits, hyphens and dots (IDN hosts arrive as punycode). */
const PLAIN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * The match patterns (Chrome and Firefox syntax) of the pages where highlighting is switched off: every page when the
 * global switch is off, else each switched-off host under any scheme (`file:` pages have the empty host). A host no
 * pattern can name (an IPv6 literal, a stray character) is left out: its pages ask before they send any text anyway.
 */
export function offSitePatterns(off: OffSites): string[] {
  if (off.global) return ['<all_urls>'];
  return off.hosts.flatMap((host) => (host === '' ? ['file:///*'] : PLAIN_HOST.test(host) ? [`*://${host}/*`] : []));
}
