// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PersonDetails, RemarkView, TermDetails } from '../lib/corpus/views';
import { activeDefenseDetails, muraiDetails } from '../lib/db/testing/views';
import { PopoverView } from './popover/PopoverView';
import { LangProvider } from './i18n';
import { PersonCard } from './PersonCard';
import { RemarkList } from './RemarkList';
import { TermCard } from './TermCard';

/**
 * Text from the corpus (names, roles, remarks, definitions) and from pages (the mention the popover is named after)
 * is rendered as text, never as HTML: markup in it shows literally, creates no element and runs nothing.
 */

const PAYLOADS = [
  '<img src=x onerror="globalThis.__pwned = 1">',
  '<script>globalThis.__pwned = 2</script>',
  '<iframe src="javascript:globalThis.__pwned = 3"></iframe>',
  '<a href="javascript:globalThis.__pwned = 4">link</a>',
  '<svg onload="globalThis.__pwned = 5"></svg>',
  '&lt;b&gt;entity&lt;/b&gt;',
];
const payload = PAYLOADS.join(' ');

afterEach(() => {
  cleanup();
  delete (globalThis as { __pwned?: number }).__pwned;
});

/** Every string field of a read model replaced by the payload (ids, dates and numbers kept, so it still renders). */
function poison<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (/(^id$|Id$|date|^kind$|^status$)/.test(key) ? value : `${value}${payload}`) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((v) => poison(v, key)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)])) as T;
  return value;
}

function expectInert(container: HTMLElement): void {
  // (the popover's own icon is an <svg>; a payload's <svg onload> would show in the on* check below)
  expect(container.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
  for (const el of container.querySelectorAll('*')) {
    expect([...el.attributes].filter((attr) => /^on/i.test(attr.name)).map((attr) => attr.name)).toEqual([]);
  }
  // the markup is on screen as characters
  expect(container.textContent).toContain(PAYLOADS[0]);
  expect(container.textContent).toContain(PAYLOADS[5]);
  expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('corpus and page text are rendered as text', () => {
  it('in a person card: name, reading, romaji, aliases and roles', () => {
    const details = poison<PersonDetails>(muraiDetails());
    const { container } = render(
      <LangProvider lang="ja">
        <PersonCard details={details} />
      </LangProvider>,
    );
    expectInert(container);
  });

  it('in a term card: label, synonyms, English name and definition', () => {
    const details = poison<TermDetails>(activeDefenseDetails());
    const { container } = render(
      <LangProvider lang="en">
        <TermCard details={details} />
      </LangProvider>,
    );
    expectInert(container);
  });

  it('in a remark list: remark text (also where a search match is marked), speaker, role, meeting, section', () => {
    const remarks = poison<RemarkView[]>(muraiDetails().remarks);
    const { container } = render(
      <LangProvider lang="ja">
        <RemarkList remarks={remarks} label="発言" needles={['<img', 'onerror']} onOpen={vi.fn()} />
      </LangProvider>,
    );
    expect(container.querySelectorAll('mark').length).toBeGreaterThan(0);
    expectInert(container);
  });

  it('in the popover: the mention as written on the page, and every card it shows', () => {
    const { container } = render(
      <LangProvider lang="ja">
        <PopoverView
          mentionText={payload}
          content={{ status: 'ready', details: [poison<PersonDetails>(muraiDetails()), poison<TermDetails>(activeDefenseDetails())] }}
          dataDate="2025-09-19"
          pinned={false}
          onPin={vi.fn()}
          onClose={vi.fn()}
          onOpenRoute={vi.fn()}
          onStep={vi.fn()}
        />
      </LangProvider>,
    );
    expectInert(container);
  });

  it('in the popover while loading, named after the page text', () => {
    const { container } = render(
      <LangProvider lang="en">
        <PopoverView
          mentionText={payload}
          content={{ status: 'loading' }}
          pinned={false}
          onPin={vi.fn()}
          onClose={vi.fn()}
          onOpenRoute={vi.fn()}
          onStep={vi.fn()}
        />
      </LangProvider>,
    );
    expect(container.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toContain(PAYLOADS[0]);
    expect(container.querySelectorAll('img, script, iframe')).toHaveLength(0);
  });
});
