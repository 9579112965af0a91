/**
 * Copies kuromoji's dictionary (12 gzipped files, about 18 MB) into public/dict/, where the side panel's analyser
 * worker loads it from the extension's own origin ('/dict/'). Runs as part of `npm run corpus`, before every build.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const source = join(dirname(createRequire(import.meta.url).resolve('@sglkc/kuromoji/package.json')), 'dict');
const target = join(root, 'public', 'dict');
mkdirSync(target, { recursive: true });

const files = readdirSync(source).filter((f) => f.endsWith('.dat.gz'));
let bytes = 0;
for (const file of files) {
  copyFileSync(join(source, file), join(target, file));
  bytes += statSync(join(source, file)).size;
}
console.error(`dict: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB → public/dict/`);
