import { css } from "lit"

/** The operation dialogs' own styles; the dialog's box is `<kab-confirm-dialog>`'s. */
export const styles = css`
  :host {
    display: contents;
  }
  .note {
    margin: 0;
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
`
