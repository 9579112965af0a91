/**
 * Compiles the recognition patterns from the bundled corpus: reads public/corpus.json, writes
 * .generated/patterns.json (every surface form and one Aho–Corasick automaton over all of them; the benches read it) and
 * .generated/prefilter.json (their pre-filter, which the content script bundles: it reads a page without asking the
 * background first). Run after build-corpus (`npm run corpus`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import { compilePatterns } from '../lib/recognize/compile';
import { buildPrefilter } from '../lib/recognize/prefilter';

const root = resolve(import.meta.dirname, '..');
const input = resolve(root, 'public/corpus.json');
const output = resolve(root, '.generated/patterns.json');

const corpus = JSON.parse(readFileSync(input, 'utf8')) as Corpus;
const compiled = compilePatterns(corpus);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(compiled));
writeFileSync(resolve(root, '.generated/prefilter.json'), JSON.stringify(buildPrefilter(compiled.patterns.map((p) => p.text))));
const ambiguous = compiled.patterns.filter((p) => p.refs.length > 1).length;
console.error(
  `patterns: ${compiled.patterns.length} forms (${ambiguous} ambiguous), ${compiled.automaton.out.length} automaton states → ${output}`,
);
