import { css } from "lit"

export const styles = css`
  :host {
    display: inline-block;
    --_color: var(--kab-color-status-active, #1a7f37);
  }
  :host([status-key="blocked"]),
  :host([status-key="debtBlocked"]) {
    --_color: var(--kab-color-status-blocked, #b42318);
  }
  :host([status-key="processing"]) {
    --_color: var(--kab-color-status-processing, #9a6700);
  }
  [part="badge"] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding-inline: 0.5em;
    border-radius: var(--kab-radius-pill, 999px);
    color: var(--_color);
    font: inherit;
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
