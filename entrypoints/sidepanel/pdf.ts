import { type PdfJs, extractPdfText } from '../../lib/import/pdf-extract';

/**
 * pdf.js for importing PDFs, loaded on the first PDF only (about 1.6 MB with its worker). Its worker script is a file of
 * the extension package (bundled by Vite from pdfjs-dist, never a CDN), and so are the character maps that
 * Japanese PDFs with CID fonts need (public/pdfjs/cmaps, copied by scripts/copy-pdf-assets.ts). Eval is off: the
 * extension's pages allow no eval anyway.
 */
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
    return lib;
  });
  return pdfjs;
}

export async function pdfText(file: string, bytes: Uint8Array) {
  return extractPdfText(file, bytes, await loadPdfJs(), { cMapUrl: '/pdfjs/cmaps/' });
}
