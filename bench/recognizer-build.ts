/**
 * What a corpus change costs the background (issue #12: "the recognizer rebuild time"): compiling the patterns from
 * the corpus rows, encoding the binary form cached in IndexedDB, decoding it (a restarted worker), and one recognize
 * request over a 40 kB article. For the bundled corpus, and for one grown as if by many imports (synthetic people with
 * roles in synthetic meetings, and terms). Node, one process; prints figures, asserts nothing.
 *
 *   tsx bench/recognizer-build.ts [extraPeople=1000] [extraTerms=300]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, Meeting, Person, Term } from '../lib/corpus/types';
import { decodeRecognizer, encodeRecognizer } from '../lib/recognize/binary';
import { compilePatterns } from '../lib/recognize/compile';
import { random } from './random';

const [extraPeople = 1000, extraTerms = 300] = process.argv.slice(2).map(Number);
const bundled = JSON.parse(readFileSync(join(import.meta.dirname, '../public/corpus.json'), 'utf8')) as Corpus;

const SURNAMES = [...'佐藤鈴木高橋田中伊藤渡辺山本中村小林加藤吉田山田佐々木松本井上木村斎藤清水山崎森池田橋本阿部石川']
  .join('')
  .match(/../g)!;
const GIVEN = [...'一郎二郎健太翔太大輔直樹誠司浩二和也拓也美咲陽子恵子裕子智子真理'].join('').match(/../g)!;

/** The bundled corpus plus `people` people and `terms` terms, each person with a role in one of 40 new meetings. */
function grown(people: number, terms: number): Corpus {
  const rand = random(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const meetings: Meeting[] = Array.from({ length: 40 }, (_, k) => ({
    ...bundled.meetings[0],
    id: `hq2-${100 + k}`,
    number: 100 + k,
    attendees: [],
  }));
  const newPeople: Person[] = [];
  for (let k = 0; k < people; k++) {
    const surname = pick(SURNAMES);
    const given = pick(GIVEN) + String.fromCharCode(0x4e00 + k);
    newPeople.push({ id: `p-x${k}`, name: surname + given, surname, givenName: given, aliases: [] });
    meetings[k % 40].attendees.push({ personId: `p-x${k}`, role: '本部員', absent: false });
  }
  const newTerms: Term[] = Array.from({ length: terms }, (_, k) => ({
    id: `t-x${k}`,
    label: `${pick(GIVEN)}${String.fromCharCode(0x4e00 + 2000 + k)}対策`,
    aliases: [],
    remarkIds: [],
  }));
  return {
    ...bundled,
    version: `${bundled.version}+grown`,
    meetings: [...bundled.meetings, ...meetings],
    people: [...bundled.people, ...newPeople],
    terms: [...bundled.terms, ...newTerms],
  };
}

const article = (() => {
  const names = bundled.people.slice(0, 30).map((p) => p.name);
  const filler = '政府は会合で、重要インフラの防護と人材育成について議論した。関係省庁は連携を確認し、';
  let text = '';
  for (let k = 0; text.length < 20_000; k++) text += filler + (k % 3 === 0 ? `${names[k % names.length]}氏は述べた。` : '');
  return text;
})();

const time = <T>(f: () => T): [T, number] => {
  const started = performance.now();
  const value = f();
  return [value, performance.now() - started];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const [label, corpus] of [
  ['bundled', bundled],
  [`bundled + ${extraPeople} people, ${extraTerms} terms`, grown(extraPeople, extraTerms)],
] as const) {
  const compile: number[] = [];
  const encode: number[] = [];
  const decode: number[] = [];
  const scan: number[] = [];
  let bytes = 0;
  let patterns = 0;
  for (let run = 0; run < 5; run++) {
    const [compiled, c] = time(() => compilePatterns(corpus));
    const [data, e] = time(() => encodeRecognizer(compiled));
    const [loaded, d] = time(() => decodeRecognizer(data));
    const [, s] = time(() => loaded.recognizer.findInSegments([article]));
    compile.push(c);
    encode.push(e);
    decode.push(d);
    scan.push(s);
    bytes = data.byteLength;
    patterns = compiled.patterns.length;
  }
  console.log(
    `${label}: ${corpus.people.length} people, ${corpus.terms.length} terms, ${patterns} patterns → ` +
      `compile ${median(compile).toFixed(0)} ms, encode ${median(encode).toFixed(1)} ms, decode (restarted worker) ` +
      `${median(decode).toFixed(1)} ms, binary ${(bytes / 1024).toFixed(0)} kB; recognize 40 kB article ${median(scan).toFixed(1)} ms (median of 5)`,
  );
}
