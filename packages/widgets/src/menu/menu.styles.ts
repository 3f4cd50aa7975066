import { css } from "lit"

export const styles = css`
  /* The host is the popover. It is placed by CSS anchor positioning under its anchor (the button that
     opened it), its inline end on the anchor's, flipping above or across when there is no room. */
  :host {
    position: fixed;
    inset: auto;
    margin: 0;
    margin-block: var(--_kab-space-1);
    position-area: block-end span-inline-start;
    position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline;
    inline-size: var(--kab-menu-inline-size, min(20rem, calc(100vw - 1rem)));
    max-block-size: calc(100vh - 1rem);
    overflow: auto;
    padding: var(--_kab-space-2);
    border: var(--_kab-border-width) solid var(--_kab-color-border);
    border-radius: var(--_kab-radius-lg);
    background: var(--_kab-color-surface);
    color: var(--_kab-color-text);
    box-shadow: var(--_kab-shadow-lg);
  }
  [role="menu"] {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
  }
  .entry {
    display: flex;
    flex-direction: column;
  }
  [role="menuitem"] {
    display: flex;
    align-items: center;
    inline-size: 100%;
    min-block-size: var(--_kab-control-height);
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-3);
    border: var(--_kab-border-width) solid transparent;
    border-radius: var(--_kab-radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  [role="menuitem"]:hover:not([aria-disabled="true"]),
  [role="menuitem"]:focus-visible {
    background: var(--_kab-color-surface-raised);
  }
  [role="menuitem"]:focus-visible {
    outline: var(--_kab-focus-ring-width) solid var(--_kab-color-focus);
    outline-offset: -2px;
  }
  [role="menuitem"][aria-disabled="true"] {
    cursor: not-allowed;
  }
  [role="menuitem"][aria-disabled="true"] .label {
    color: var(--_kab-color-text-muted);
  }
  .reason {
    padding-inline: var(--_kab-space-3);
    padding-block-end: var(--_kab-space-1);
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    [role="menuitem"][aria-disabled="true"] .label {
      color: GrayText;
    }
    [role="menuitem"]:focus-visible {
      outline-color: Highlight;
    }
  }
`
