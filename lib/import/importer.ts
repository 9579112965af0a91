import type { ImportSource, Prepared } from './prepare';
import type { PdfText } from './pdf-extract';
import { ImportProblem } from './problems';
import { checkSize, decodeText, detectKind } from './source';
import type { FromImportWorker, ToImportWorker } from './protocol';

/** A File, or anything with its name, size and bytes. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ImporterDeps {
  /** parse and build in the import worker (kuromoji) */
  prepare(source: ImportSource): Promise<Prepared>;
  /** a PDF's text in reading order (pdf.js in its worker) */
  pdfText(file: string, bytes: Uint8Array): Promise<PdfText>;
  /** an HTML page's minutes text (DOMParser + htmlToText) */
  htmlText(html: string): string;
  /** start the worker that `prepare` uses, so its dictionary loads while the file is chosen and read */
  warm?(): void;
}

export interface Importer {
  /** one file → its preview and row; throws ImportProblem with a code the UI explains */
  readFile(file: FileLike): Promise<Prepared>;
  /** pasted text (or pasted HTML) → its preview and row, under the name `label` */
  readPaste(text: string, label: string): Promise<Prepared>;
  /** the reader is about to give a file (opened the file chooser, dragged a file in): start loading the parser's dictionary */
  warm(): void;
}

const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html|<body|<main|<div|<p[\s>]|<table)/i;

/**
 * The import pipeline before anything is saved: size first (a 50 MB file is refused before it is read), the kind by
 * its bytes and name, the text (decoding, HTML extraction or PDF text layout), then the parser in the worker.
 */
export function createImporter(deps: ImporterDeps): Importer {
  return {
    async readFile(file) {
      checkSize(file.name, file.size);
      // The dictionary (seconds) loads while the bytes are read and a PDF's text is extracted, not after.
      deps.warm?.();
      const bytes = new Uint8Array(await file.arrayBuffer());
      const kind = detectKind(file.name, bytes);
      if (kind === 'pdf') {
        const { text, pages } = await deps.pdfText(file.name, bytes);
        return deps.prepare({ file: file.name, kind, size: file.size, text, pages });
      }
      const { text, encoding } = decodeText(file.name, bytes);
      if (text.trim() === '') throw new ImportProblem({ code: 'empty', params: { file: file.name } });
      const body = kind === 'html' ? deps.htmlText(text) : text;
      return deps.prepare({ file: file.name, kind, size: file.size, text: body, encoding });
    },
    async readPaste(text, label) {
      if (text.trim() === '') throw new ImportProblem({ code: 'empty', params: { file: label } });
      checkSize(label, text.length * 2);
      const body = LOOKS_LIKE_HTML.test(text) ? deps.htmlText(text) : text;
      return deps.prepare({ file: label, kind: 'paste', size: text.length, text: body });
    },
    warm() {
      deps.warm?.();
    },
  };
}

/** The part of a Worker the client uses, so tests can pass a fake. */
export interface ImportWorkerLike {
  postMessage(message: ToImportWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromImportWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  terminate(): void;
}

export interface PrepareClient {
  prepare: (source: ImportSource) => Promise<Prepared>;
  /** starts the worker and its dictionary load without a file; it ends after `idleMs` if no file follows */
  warm: () => void;
}

/**
 * The side panel's handle on the import worker: created on first use (or when warmed), ended after `idleMs` without
 * work so its dictionary (about 200 MB of heap) does not stay in memory after an import.
 */
export function createPrepareClient(makeWorker: () => ImportWorkerLike, idleMs = 60_000): PrepareClient {
  let worker: ImportWorkerLike | null = null;
  let warmed = false;
  let nextId = 1;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, { resolve: (p: Prepared) => void; reject: (e: unknown) => void }>();

  const start = () => {
    const w = makeWorker();
    warmed = false;
    w.addEventListener('message', ({ data }) => {
      const p = pending.get(data.id);
      if (!p) return;
      pending.delete(data.id);
      if (data.type === 'prepared') p.resolve(data.prepared);
      else p.reject(new ImportProblem(data.problem));
      scheduleEnd();
    });
    w.addEventListener('error', (event) => {
      for (const p of pending.values())
        p.reject(new ImportProblem({ code: 'failed', params: { message: String((event as ErrorEvent)?.message ?? 'worker error') } }));
      pending.clear();
      w.terminate();
      worker = null;
    });
    return w;
  };
  const scheduleEnd = () => {
    clearTimeout(idle);
    if (pending.size > 0) return;
    idle = setTimeout(() => {
      worker?.terminate();
      worker = null;
    }, idleMs);
  };

  return {
    prepare: (source) => {
      clearTimeout(idle);
      worker ??= start();
      const id = nextId++;
      return new Promise<Prepared>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ type: 'prepare', id, source });
      });
    },
    warm: () => {
      worker ??= start();
      if (!warmed) worker.postMessage({ type: 'warm' });
      warmed = true;
      scheduleEnd();
    },
  };
}
