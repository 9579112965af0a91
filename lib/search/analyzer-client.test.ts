import { describe, expect, it } from 'vitest';
import { type WorkerLike, createAnalyzer } from './analyzer-client';
import type { FromAnalyzer, ToAnalyzer } from './analyzer-protocol';

/** A worker that records what it is sent and lets the test answer. */
function fakeWorker() {
  const sent: ToAnalyzer[] = [];
  const listeners: Record<'message' | 'error', ((e: { data: FromAnalyzer }) => void)[]> = { message: [], error: [] };
  const worker: WorkerLike = {
    postMessage: (m) => sent.push(m),
    addEventListener: (type: 'message' | 'error', l: (e: { data: FromAnalyzer }) => void) => listeners[type].push(l),
  };
  return {
    worker,
    sent,
    reply: (data: FromAnalyzer) => listeners.message.forEach((l) => l({ data })),
    fail: () => listeners.error.forEach((l) => l({ data: { type: 'failed', message: 'crashed' } })),
  };
}

describe('analyzer client', () => {
  it('creates no worker until asked to load', () => {
    let created = 0;
    const analyzer = createAnalyzer(() => {
      created++;
      return fakeWorker().worker;
    });
    expect(created).toBe(0);
    expect(analyzer.state()).toBe('idle');
    analyzer.load();
    analyzer.load();
    expect(created).toBe(1);
    expect(analyzer.state()).toBe('loading');
  });

  it('answers null while loading, so the caller matches plainly, and words once ready', async () => {
    const fake = fakeWorker();
    const analyzer = createAnalyzer(() => fake.worker);
    analyzer.load();
    expect(await analyzer.analyse(['中小企業の対策'])).toBeNull();
    fake.reply({ type: 'ready', ms: 900 });
    expect(analyzer.state()).toBe('ready');
    expect(analyzer.loadMs()).toBe(900);
    const answer = analyzer.analyse(['中小企業の対策']);
    const request = fake.sent.at(-1) as Extract<ToAnalyzer, { type: 'analyse' }>;
    expect(request).toMatchObject({ type: 'analyse', chunks: ['中小企業の対策'] });
    fake.reply({
      type: 'analysed',
      id: request.id,
      words: [
        { text: '中小企業', parts: ['中小', '企業'] },
        { text: '対策', parts: [] },
      ],
    });
    expect(await answer).toEqual([
      { text: '中小企業', parts: ['中小', '企業'] },
      { text: '対策', parts: [] },
    ]);
  });

  it('tells subscribers about state changes and falls back to null answers when the worker fails', async () => {
    const fake = fakeWorker();
    const analyzer = createAnalyzer(() => fake.worker);
    const seen: string[] = [];
    analyzer.subscribe((s) => seen.push(s));
    analyzer.load();
    fake.reply({ type: 'ready', ms: 1 });
    const answer = analyzer.analyse(['対策']);
    fake.fail();
    expect(await answer).toBeNull();
    expect(seen).toEqual(['loading', 'ready', 'failed']);
  });
});
