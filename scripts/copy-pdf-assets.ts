/**
 * Copies pdf.js's character maps (pdfjs-dist/cmaps, 1.7 MB) into public/pdfjs/cmaps/: Japanese PDFs whose fonts use
 * the Adobe-Japan1 CMaps need them to turn glyphs into text. Loaded from the extension's own origin, never a CDN.
 * Runs as part of `npm run corpus`, before every build.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const source = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
const target = join(root, 'public', 'pdfjs', 'cmaps');
mkdirSync(target, { recursive: true });
const files = readdirSync(source).filter((f) => f.endsWith('.bcmap'));
for (const file of files) copyFileSync(join(source, file), join(target, file));
console.error(`pdf.js: ${files.length} character maps → public/pdfjs/cmaps/`);
