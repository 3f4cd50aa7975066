import { css } from "lit"

export const styles = css`
  :host {
    display: inline-block;
    --_color: var(--kab-color-status-active, var(--_kab-color-success));
  }
  :host([status-key="blocked"]),
  :host([status-key="debtBlocked"]) {
    --_color: var(--kab-color-status-blocked, var(--_kab-color-danger));
  }
  :host([status-key="processing"]) {
    --_color: var(--kab-color-status-processing, var(--_kab-color-warning));
  }
  [part="badge"] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding-block: 0.125em;
    padding-inline: 0.625em;
    border-radius: var(--_kab-radius-pill);
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_color) 40%, transparent);
    color: var(--_color);
    font: inherit;
    font-weight: var(--_kab-font-weight-strong);
    white-space: nowrap;
  }
  [part="badge"]::before {
    content: "";
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }
  @media (forced-colors: active) {
    [part="badge"]::before {
      background: CanvasText;
    }
  }
`
