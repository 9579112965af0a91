/**
 * `npm run parse -- FILE...`: parses minutes files and prints one Corpus JSON to stdout (the meetings that could be
 * read), and an honest report to stderr: each failed file with its cause and the line that shows it, what was found of
 * each meeting, warnings grouped by kind, and a summary ("12 of 14 files parsed; 2 failed").
 * Exits 1 when any file failed (the JSON still holds the others), 2 on wrong usage. `--verbose` also prints infos.
 */
import { basename } from 'node:path';
import { buildCorpus } from '../lib/parse/build-corpus';
import { readSources } from '../lib/parse/node-sources';
import { formatReport, reportBatch } from '../lib/parse/report';
import { loadNodeTokenizer } from '../lib/people/node-tokenizer';
import { extractTerms } from '../lib/terms/extract-terms';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const paths = args.filter((a) => a !== '--verbose');
if (paths.length === 0) {
  console.error('usage: npm run parse -- [--verbose] FILE...');
  process.exit(2);
}
const { sources, diagnostics } = readSources(paths, (p) => basename(p));
const tokenizer = await loadNodeTokenizer();
const built = await buildCorpus(sources, { tokenizer, terms: (c) => extractTerms(c, tokenizer) });
const kept = new Set(built.corpus.meetings.map((m) => m.source));
const report = reportBatch(
  paths.map((p) => basename(p)),
  [...diagnostics, ...built.diagnostics],
  built.parses,
  kept,
);
for (const line of formatReport(report, { infos: verbose })) console.error(line);
process.stdout.write(JSON.stringify(built.corpus, null, 2) + '\n');
if (report.failed.length > 0) process.exitCode = 1;
