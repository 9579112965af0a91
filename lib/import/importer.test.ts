import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createImporter, createPrepareClient, type ImportWorkerLike } from './importer';
import type { Prepared } from './prepare';
import type { FromImportWorker, ToImportWorker } from './protocol';

/** A worker that records what it is sent and answers a prepare when told to. */
function fakeWorker() {
  const sent: ToImportWorker[] = [];
  let onMessage: (event: { data: FromImportWorker }) => void = () => undefined;
  const worker = {
    terminated: false,
    postMessage: (message: ToImportWorker) => void sent.push(message),
    addEventListener: (type: string, listener: (event: { data: FromImportWorker }) => void) => {
      if (type === 'message') onMessage = listener;
    },
    terminate: () => void (worker.terminated = true),
  };
  const answer = (id: number) => onMessage({ data: { type: 'prepared', id, prepared: {} as Prepared, ms: 1 } });
  return { worker: worker as typeof worker & ImportWorkerLike, sent, answer };
}

describe('the import worker, warmed before a file is read', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('starts the worker and its dictionary load once, and the prepare that follows uses the same worker', async () => {
    const fakes: ReturnType<typeof fakeWorker>[] = [];
    const client = createPrepareClient(() => (fakes.push(fakeWorker()), fakes.at(-1)!.worker), 1000);
    client.warm();
    client.warm();
    expect(fakes).toHaveLength(1);
    expect(fakes[0].sent).toEqual([{ type: 'warm' }]);
    const prepared = client.prepare({ file: 'a.txt', kind: 'txt', size: 1, text: 'x' });
    vi.advanceTimersByTime(5000); // the idle timer does not end a worker with work in hand
    expect(fakes[0].worker.terminated).toBe(false);
    fakes[0].answer(1);
    await prepared;
    expect(fakes).toHaveLength(1);
    expect(fakes[0].sent.map((m) => m.type)).toEqual(['warm', 'prepare']);
  });

  it('ends a warmed worker no file followed after the idle time, and warms a new one next time', () => {
    const fakes: ReturnType<typeof fakeWorker>[] = [];
    const client = createPrepareClient(() => (fakes.push(fakeWorker()), fakes.at(-1)!.worker), 1000);
    client.warm();
    vi.advanceTimersByTime(999);
    expect(fakes[0].worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(fakes[0].worker.terminated).toBe(true);
    client.warm();
    expect(fakes).toHaveLength(2);
    expect(fakes[1].sent).toEqual([{ type: 'warm' }]);
  });

  it('reading a file warms the worker before the bytes are read, and a file too large warms nothing', async () => {
    const events: string[] = [];
    const importer = createImporter({
      prepare: async () => (events.push('prepare'), {} as Prepared),
      pdfText: async () => (events.push('pdf text'), { text: 'x', pages: 1 }),
      htmlText: () => '',
      warm: () => void events.push('warm'),
    });
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    await importer.readFile({ name: 'a.pdf', size: pdf.length, arrayBuffer: async () => (events.push('read'), pdf.buffer) });
    expect(events).toEqual(['warm', 'read', 'pdf text', 'prepare']);
    events.length = 0;
    await expect(
      importer.readFile({ name: 'huge.txt', size: 50 * 1024 * 1024, arrayBuffer: async () => new ArrayBuffer(0) }),
    ).rejects.toThrow();
    expect(events).toEqual([]);
  });
});
