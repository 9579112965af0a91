/**
 * pdf.js's worker, bundled from pdfjs-dist like the extension's other workers (never fetched from a CDN); it listens on
 * this worker's port as soon as it is evaluated. The build strips its string evaluation (wxt.config.ts, pdfjsNoEval).
 */
import 'pdfjs-dist/build/pdf.worker.mjs';
