import { css } from "lit"

export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--kab-company-switcher-max-inline-size, 24rem);
  }
  :host([signed-out]) {
    display: none;
  }
  .field {
    gap: var(--_kab-space-1);
  }
  select {
    text-overflow: ellipsis;
  }
  .status {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
`
