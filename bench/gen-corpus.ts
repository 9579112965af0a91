/**
 * A corpus ten times larger than the bundled one, for measuring search where it has to stay fast. Copy 0 is the real
 * corpus; every further copy repeats each meeting under a new id and number, with remarks re-made from the sentences of
 * that meeting (the remark's own sentences rotated, every third one swapped for another sentence of the meeting), so
 * texts differ from the originals while the vocabulary, sentence lengths and speakers stay those of real minutes.
 *
 *   tsx bench/gen-corpus.ts [in=public/corpus.json] [out=bench/out/corpus-10x.json] [factor=10]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus, Meeting, Remark, Term } from '../lib/corpus/types';
import { normalize } from '../lib/text/normalize';
import { random } from './random';

const sentencesOf = (text: string) => text.match(/[^。\n]+[。\n]?/g) ?? [text];

export function enlargeCorpus(corpus: Corpus, factor = 10, seed = 1): Corpus {
  const rand = random(seed);
  const meetings: Meeting[] = [...corpus.meetings];
  const remarks: Remark[] = [...corpus.remarks];
  for (let k = 1; k < factor; k++) {
    for (const m of corpus.meetings) {
      const id = `${m.id}-x${k}`;
      const number = m.number + 100 * k;
      const year = Number(m.date.slice(0, 4)) - k;
      meetings.push({ ...m, id, number, title: `第${number}回会合`, date: `${year}${m.date.slice(4)}` });
      const own = corpus.remarks.filter((r) => r.meetingId === m.id);
      const pool = own.flatMap((r) => sentencesOf(r.text));
      for (const r of own) {
        const sentences = sentencesOf(r.text);
        const rotated = sentences.map((_, i) => sentences[(i + k) % sentences.length]);
        const text = rotated.map((s, i) => (i % 3 === 2 && pool.length > 0 ? pool[Math.floor(rand() * pool.length)] : s)).join('');
        remarks.push({ ...r, id: `${r.id}-x${k}`, meetingId: id, text });
      }
    }
  }
  return {
    ...corpus,
    version: `${corpus.version}-x${factor}`,
    meetings,
    remarks,
    terms: relinkTerms(corpus.terms, corpus.remarks, remarks),
  };
}

/** Each term's remarks in the copies, found again in the new texts (a rotated remark may lose or gain a mention). */
function relinkTerms(terms: readonly Term[], originals: readonly Remark[], remarks: readonly Remark[]): Term[] {
  const originalIds = new Set(originals.map((r) => r.id));
  const copies = remarks.filter((r) => !originalIds.has(r.id)).map((r) => ({ id: r.id, norm: normalize(r.text) }));
  return terms.map((t) => {
    const forms = [t.label, ...t.aliases].map(normalize).filter((f) => f.length > 1);
    const inCopies = copies.filter((r) => forms.some((f) => r.norm.includes(f))).map((r) => r.id);
    return { ...t, remarkIds: [...t.remarkIds, ...inCopies] };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  const input = process.argv[2] ?? join(root, 'public/corpus.json');
  const output = process.argv[3] ?? join(root, 'bench/out/corpus-10x.json');
  const factor = Number(process.argv[4] ?? 10);
  const corpus = JSON.parse(readFileSync(input, 'utf8')) as Corpus;
  const big = enlargeCorpus(corpus, factor);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(big));
  const chars = big.remarks.reduce((n, r) => n + r.text.length, 0);
  console.error(
    `gen-corpus: ${big.meetings.length} meetings, ${big.remarks.length} remarks, ${(chars / 1000).toFixed(0)}k characters → ${output}`,
  );
}
