import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceCorpusChanged, listenForCorpusChanges } from './corpus-channel';

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

function listener() {
  const onChanged = vi.fn();
  const channel = listenForCorpusChanges(onChanged);
  closers.push(channel.close);
  return { onChanged, channel };
}

describe('the corpus channel', () => {
  it('tells every listener of a change announced elsewhere (the background after reseeding)', async () => {
    const a = listener();
    const b = listener();
    announceCorpusChanged();
    await vi.waitFor(() => {
      expect(a.onChanged).toHaveBeenCalledTimes(1);
      expect(b.onChanged).toHaveBeenCalledTimes(1);
    });
  });

  it("tells the other panels of a panel's own change, not the panel itself", async () => {
    const own = listener();
    const other = listener();
    own.channel.announce();
    await vi.waitFor(() => expect(other.onChanged).toHaveBeenCalledTimes(1));
    // (a second announcement from elsewhere arrives after the first would have)
    announceCorpusChanged();
    await vi.waitFor(() => expect(other.onChanged).toHaveBeenCalledTimes(2));
    expect(own.onChanged).toHaveBeenCalledTimes(1);
  });
});
