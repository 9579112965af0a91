import { type PdfPage, type PdfTextItem, hasText, pagesToText } from './pdf-layout';
import { ImportProblem } from './problems';
import { unifyRadicals } from './radicals';

/** The part of pdf.js (pdfjs-dist) used here, passed in so this module needs no browser and tests can fake it. */
export interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    cMapUrl?: string;
    cMapPacked?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    stopAtErrors?: boolean;
  }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getViewport(o: { scale: number }): { width: number; height: number };
    getTextContent(): Promise<{ items: unknown[] }>;
    cleanup(): void;
  }>;
  destroy(): Promise<void>;
}

export interface PdfText {
  text: string;
  pages: number;
}

/**
 * A PDF's text in reading order (pdf-layout.ts) through pdf.js, which parses in its own worker. Encrypted, corrupt and
 * scanned PDFs (no text layer) become ImportProblems with their own messages.
 */
export async function extractPdfText(file: string, data: Uint8Array, pdfjs: PdfJs, options: { cMapUrl?: string } = {}): Promise<PdfText> {
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string })?.name ?? '';
    if (name === 'PasswordException') throw new ImportProblem({ code: 'pdf-encrypted', params: { file } });
    throw new ImportProblem({ code: 'pdf-corrupt', params: { file, message: String((error as Error)?.message ?? error) } });
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({ width, height, items: content.items.flatMap(toItem) });
      page.cleanup();
    }
    if (!hasText(pages)) throw new ImportProblem({ code: 'pdf-no-text', params: { file } });
    return { text: unifyRadicals(pagesToText(pages)), pages: pages.length };
  } catch (error) {
    if (error instanceof ImportProblem) throw error;
    throw new ImportProblem({ code: 'pdf-corrupt', params: { file, message: String((error as Error)?.message ?? error) } });
  } finally {
    void doc.destroy();
  }
}

function toItem(raw: unknown): PdfTextItem[] {
  const i = raw as { str?: string; transform?: number[]; width?: number; height?: number };
  if (typeof i.str !== 'string' || !Array.isArray(i.transform)) return [];
  const [a, b, , d, x, y] = i.transform;
  const size = i.height || Math.hypot(a, b) || Math.abs(d) || 10;
  return [{ str: i.str, x, y, width: i.width ?? 0, size }];
}
