import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, PAGE_HIGHLIGHT_CSS } from './highlight-styles';

describe('the document highlight rules', () => {
  it('are the file the browser injects with the content script (public/page-highlight.css)', () => {
    const file = readFileSync(join(import.meta.dirname, '../../public/page-highlight.css'), 'utf8');
    expect(file.trim()).toBe(PAGE_HIGHLIGHT_CSS.trim());
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(file).toContain(`:root::highlight(${name})`);
  });
});
