import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../corpus/views';
import { dependsOnContext, resolveRefs } from './coreference';
import { Flag } from './flags';

const p = (id: string): EntityRef => ({ kind: 'person', id });
const full = (id: string) => ({ refs: [p(id)], flags: Flag.fullName });
const surname = (...ids: string[]) => ({ refs: ids.map(p), flags: Flag.conditional });
const stranger = (...ids: string[]) => ({ refs: ids.map(p), flags: Flag.conditional | Flag.stranger });
const shown = (matches: { refs: EntityRef[]; flags: number }[]) => resolveRefs(matches).map((r) => r && r.map((x) => x.id));

describe('resolveRefs (page-level coreference)', () => {
  it('keeps a surname form only after a full mention of one of its people, for that person', () => {
    expect(shown([surname('a'), full('a'), surname('a')])).toEqual([null, ['a'], ['a']]);
    expect(shown([full('b'), surname('a')])).toEqual([['b'], null]);
  });
  it('resolves a shared surname to the person named in full most recently', () => {
    expect(shown([full('a'), full('b'), surname('a', 'b'), full('a'), surname('a', 'b')])).toEqual([['a'], ['b'], ['b'], ['a'], ['a']]);
  });
  it('does not let surname forms keep a person named (only full names count)', () => {
    expect(shown([full('a'), surname('a', 'b'), full('b'), surname('a', 'b')])).toEqual([['a'], ['a'], ['b'], ['b']]);
  });
  it('treats a stranger with the surname as the latest full mention: dark until the person is named again', () => {
    expect(shown([full('a'), stranger('a'), surname('a'), full('a'), surname('a')])).toEqual([['a'], null, null, ['a'], ['a']]);
  });
  it('narrows an unconditional ambiguous match to the person named, or keeps all', () => {
    const both = { refs: [p('a'), p('b')], flags: 0 };
    expect(shown([both, full('b'), both])).toEqual([['a', 'b'], ['b'], ['b']]);
  });
  it('keeps terms and bodies beside the person it resolves to', () => {
    const mixed = { refs: [p('a'), { kind: 'term' as const, id: 't' }], flags: Flag.conditional };
    expect(shown([full('a'), mixed])).toEqual([['a'], ['a', 't']]);
  });
  it('says which matches wait for the page', () => {
    expect(dependsOnContext(surname('a'))).toBe(true);
    expect(dependsOnContext({ refs: [p('a'), p('b')], flags: 0 })).toBe(true);
    expect(dependsOnContext(full('a'))).toBe(false);
    expect(dependsOnContext({ refs: [{ kind: 'term', id: 't' }], flags: 0 })).toBe(false);
  });
});
