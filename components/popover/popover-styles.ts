/** Popover-only styles, added after the shared theme inside the popover's shadow root. */
export const POPOVER_CSS = `
:host { all: initial; }
.ml-floating { position: fixed; top: 0; left: 0; width: max-content; }
.ml-popover {
  width: min(400px, calc(100vw - 16px));
  max-height: inherit;
  display: flex;
  flex-direction: column;
  border: 1px solid var(--ml-border);
  border-radius: 10px;
  box-shadow: 0 10px 30px rgb(0 0 0 / 0.22), 0 2px 6px rgb(0 0 0 / 0.12);
  overflow: hidden;
}
.ml-popover:focus { outline: none; }
.ml-popover:focus-visible { outline: 2px solid var(--ml-focus); outline-offset: 2px; }
.ml-popover-bar {
  display: flex;
  align-items: center;
  gap: 2px;
  padding: 4px 6px 4px 12px;
  border-bottom: 1px solid var(--ml-border);
  background: var(--ml-bg-raised);
  font-size: 12px;
  color: var(--ml-muted);
}
.ml-popover-app { flex: 1; font-weight: 600; letter-spacing: 0.02em; }
.ml-icon-button {
  display: inline-grid;
  place-items: center;
  width: 28px;
  height: 28px;
  border: none;
  border-radius: 6px;
  background: transparent;
  color: var(--ml-muted);
  font-size: 18px;
  line-height: 1;
  cursor: pointer;
}
.ml-icon-button:hover { background: var(--ml-badge-bg); color: var(--ml-fg); }
.ml-icon-button[aria-pressed='true'] { background: var(--ml-accent); color: var(--ml-accent-fg); }
.ml-popover-body { overflow: auto; overscroll-behavior: contain; padding: 12px; display: grid; gap: 16px; min-height: 0; }
.ml-popover-entity { display: grid; gap: 10px; }
.ml-popover-entity + .ml-popover-entity { border-top: 1px solid var(--ml-border); padding-top: 14px; }
.ml-popover-note { font-size: 12px; color: var(--ml-badge-fg); background: var(--ml-badge-bg); border-radius: 6px; padding: 4px 8px; }
.ml-popover-actions { display: flex; gap: 8px; }
.ml-button {
  border: 1px solid var(--ml-accent);
  background: transparent;
  color: var(--ml-accent);
  border-radius: 6px;
  padding: 2px 10px;
  font-size: 12px;
  cursor: pointer;
}
.ml-button:hover { background: var(--ml-accent); color: var(--ml-accent-fg); }
.ml-popover-more { font-size: 12px; }
.ml-popover-foot { padding: 6px 12px; border-top: 1px solid var(--ml-border); font-size: 11px; color: var(--ml-muted); background: var(--ml-bg-raised); }
`;
