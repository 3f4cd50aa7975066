import { css } from "lit"

export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    inline-size: min(var(--kab-confirm-dialog-max-inline-size, 28rem), calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--kab-confirm-dialog-padding, var(--_kab-space-5));
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius-lg);
    background: var(--_kab-color-surface);
    color: var(--_kab-color-text);
    font: inherit;
    box-shadow: var(--_kab-shadow-lg);
    overflow-wrap: anywhere;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
  }
  dialog::backdrop {
    background: var(--kab-confirm-dialog-backdrop, rgb(0 0 0 / 0.45));
  }
  .subtitle {
    margin-block-start: calc(-1 * var(--_kab-space-2));
    font-weight: var(--_kab-font-weight-strong);
  }
  /* Takes room only for a failure shown. */
  .failure {
    display: contents;
  }
  .actions {
    justify-content: flex-start;
  }
  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`
