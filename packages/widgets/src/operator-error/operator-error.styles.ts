import { css } from "lit"

export const styles = css`
  :host {
    display: block;
  }
  :host(:not([has-error])) {
    display: none;
  }
  [part="notice"] {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
  }
  [part="message"] {
    font-weight: var(--_kab-font-weight-strong);
  }
`
