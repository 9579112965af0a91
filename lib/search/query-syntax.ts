/**
 * The surface syntax of a search query: quoted parts are exact phrases, the rest is free text for analysis.
 * Japanese writers quote with 「」 and 『』 as often as with "", so all of them delimit phrases. An unclosed quote runs to
 * the end, so a phrase being typed already searches as a phrase.
 */

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』', '＂': '＂' };

export interface QuerySyntax {
  phrases: string[];
  /** unquoted stretches of the query, in order */
  free: string[];
}

export function splitQuery(raw: string): QuerySyntax {
  const phrases: string[] = [];
  const free: string[] = [];
  let rest = raw;
  while (rest.length > 0) {
    // Every quote mark is one UTF-16 unit, so scanning units never splits a surrogate pair that could match.
    const openAt = firstQuote(rest);
    if (openAt === -1) {
      free.push(rest);
      break;
    }
    const quote = rest[openAt];
    free.push(rest.slice(0, openAt));
    const closeAt = rest.indexOf(QUOTES[quote], openAt + 1);
    const phrase = closeAt === -1 ? rest.slice(openAt + 1) : rest.slice(openAt + 1, closeAt);
    phrases.push(phrase);
    rest = closeAt === -1 ? '' : rest.slice(closeAt + 1);
  }
  return {
    phrases: phrases.map((p) => p.trim()).filter((p) => p.length > 0),
    free: free.map((f) => f.trim()).filter((f) => f.length > 0),
  };
}

function firstQuote(s: string): number {
  for (let i = 0; i < s.length; i++) if (s[i] in QUOTES) return i;
  return -1;
}

/** Free text cut into words on spaces and punctuation: the matching used until the analyser is ready. */
export function plainWords(text: string): string[] {
  return text.split(/[\s\u3000、。，．,.;；:：!！?？()（）[\]［］【】]+/u).filter((w) => w.length > 0);
}
