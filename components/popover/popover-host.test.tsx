// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopoverHost } from './popover-host';
import { mentionRange as mention } from './test-mention';

const dialogOf = (host: PopoverHost) => host.element.shadowRoot?.querySelector('[role=dialog]') ?? null;

function shown(text: string): PopoverHost {
  const host = new PopoverHost();
  host.render(<div role="dialog">{text}</div>);
  host.show(mention());
  return host;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('PopoverHost', () => {
  it('leaves the page with the popover when dismissed', () => {
    const host = shown('村井純');
    expect(host.element.parentNode).toBe(document.documentElement);
    expect(dialogOf(host)).not.toBeNull();
    host.hide();
    expect(host.element.isConnected).toBe(false);
    expect(dialogOf(host)).toBeNull();
    host.destroy();
  });

  it('lingers empty after the pointer left, shows the next popover in place, then leaves the page', () => {
    vi.useFakeTimers();
    const host = shown('村井純');
    host.hide(true);
    expect(host.visible).toBe(false);
    expect(dialogOf(host)).toBeNull();
    expect(host.element.parentNode).toBe(document.documentElement);

    host.render(<div role="dialog">平将明</div>);
    host.show(mention());
    vi.advanceTimersByTime(60_000);
    expect(host.element.parentNode).toBe(document.documentElement);
    expect(document.documentElement.querySelectorAll(host.element.localName)).toHaveLength(1);
    expect(dialogOf(host)?.textContent).toBe('平将明');

    host.hide(true);
    vi.advanceTimersByTime(60_000);
    expect(host.element.isConnected).toBe(false);
    host.destroy();
  });

  it('takes a lingering host with it when destroyed', () => {
    const host = shown('村井純');
    host.hide(true);
    host.destroy();
    expect(host.element.isConnected).toBe(false);
  });

  it('is held by its top edge below a mention and by its bottom edge above one, so that it grows away from it', async () => {
    // happy-dom lays nothing out: a 1000 × 800 window, and a mention's box where each call puts it
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1000);
    vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(800);
    const floatingOf = (host: PopoverHost) => host.element.shadowRoot!.querySelector<HTMLElement>('.ml-floating')!;
    const at = (top: number) => mention(new DOMRect(100, top, 60, 20));
    const host = new PopoverHost();
    host.render(<div role="dialog">村井純</div>);
    host.show(at(100));
    await vi.waitFor(() => expect(floatingOf(host).style.top).toMatch(/px$/));
    expect(floatingOf(host).style.bottom).toBe('auto');

    host.show(at(778));
    await vi.waitFor(() => expect(floatingOf(host).style.bottom).toMatch(/px$/));
    expect(floatingOf(host).style.top).toBe('auto');
    host.destroy();
  });
});
